;;; nutgraf.el --- Eglot (and lsp-mode) setup for the nutgraf summarizer  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "28.1") (eglot "1.9"))
;; Keywords: languages, wp, tools
;; SPDX-License-Identifier: MIT OR Apache-2.0

;;; Commentary:

;; nutgraf is a language server that summarizes prose: hover a paragraph
;; (eldoc) to see its gist, run a code action to insert a TL;DR block.
;;
;;   (require 'nutgraf)          ; with this file's folder on `load-path'
;;   (nutgraf-setup)             ; eglot for Markdown and plain-text buffers
;;
;; `nutgraf-setup' registers the server in `eglot-server-programs' with
;; explicit language ids -- "markdown" for `markdown-mode', `gfm-mode' and
;; `markdown-ts-mode', "plaintext" for `text-mode' -- and, unless
;; `nutgraf-auto-start' is nil, starts eglot in those buffers (only in
;; `text-mode' itself, not in every mode derived from it such as Org or LaTeX).
;;
;; Commands: `nutgraf-summarize-article', `nutgraf-summarize-section',
;; `nutgraf-summarize-paragraph', `nutgraf-summarize-selection',
;; `nutgraf-replace-selection-with-summary' (or `eglot-code-actions' and pick).
;;
;; Server settings: `nutgraf-settings' is sent as initializationOptions; for
;; workspace/configuration set `eglot-workspace-configuration', e.g.
;;   (setq-default eglot-workspace-configuration
;;                 '(:nutgraf (:summary (:sentences 2 :style "callout"))))
;;
;; lsp-mode users: the client `nutgraf' is registered (as an add-on that runs
;; beside other Markdown servers) once lsp-mode is loaded; run `lsp' in a
;; Markdown or text buffer.

;;; Code:

(require 'cl-lib)
(require 'subr-x)

(declare-function eglot-code-actions "eglot")
(declare-function eglot-current-server "eglot")
(declare-function eglot-ensure "eglot")
(declare-function eglot-execute "eglot")
(declare-function eglot-execute-command "eglot")
(declare-function eglot--apply-workspace-edit "eglot")
(declare-function eglot--region-bounds "eglot")
(declare-function jsonrpc-request "jsonrpc")
(defvar eglot-server-programs)

(defgroup nutgraf nil
  "Summaries of prose from the nutgraf language server."
  :group 'tools
  :prefix "nutgraf-")

(defcustom nutgraf-program "nutgraf"
  "The nutgraf executable: a name found on `exec-path', or an absolute file name."
  :type 'string)

(defcustom nutgraf-program-args nil
  "Extra arguments for `nutgraf-program' (none are needed; it speaks LSP on stdio)."
  :type '(repeat string))

(defcustom nutgraf-settings nil
  "Server settings sent as initializationOptions, as a plist, e.g.
  (:summary (:sentences 2 :maxWords 60 :label \"TL;DR\" :style \"blockquote\")
   :hover (:enabled t :minWords 20)
   :language \"auto\"
   :maxDocumentBytes 4000000)
Use :json-false for false.  nil sends no options (the server's defaults)."
  :type '(plist))

(defcustom nutgraf-auto-start t
  "When non-nil, `nutgraf-setup' starts eglot in Markdown and plain-text buffers."
  :type 'boolean)

(defconst nutgraf-markdown-modes
  '(markdown-mode gfm-mode markdown-ts-mode nutgraf-markdown-fallback-mode)
  "Major modes whose buffers are sent to the server as \"markdown\".")

(defconst nutgraf-markdown-file-regexp "\\.\\(?:md\\|markdown\\|mkd\\|mdown\\|mdx\\)\\'"
  "File names that are Markdown.")

;;;###autoload
(define-derived-mode nutgraf-markdown-fallback-mode text-mode "Markdown"
  "`text-mode' for Markdown files when the markdown-mode package is not installed.
`nutgraf-setup' uses it for *.md files only then, so that the server still
sees them as Markdown.")

(defconst nutgraf-plaintext-modes '(text-mode)
  "Major modes whose buffers are sent to the server as \"plaintext\".")

(defun nutgraf-command ()
  "The command line that starts the server, as a list of strings."
  (cons nutgraf-program nutgraf-program-args))

(defun nutgraf-eglot-contact (&optional _interactive)
  "Contact for `eglot-server-programs', computed when eglot connects."
  (append (nutgraf-command)
          (when nutgraf-settings
            (list :initializationOptions nutgraf-settings))))

(defun nutgraf--eglot-entries ()
  "The two `eglot-server-programs' entries: Markdown, then plain text.
Two entries (two server processes) because eglot before 1.10 sends one
language id per server."
  (list (cons (mapcar (lambda (mode) (list mode :language-id "markdown"))
                      nutgraf-markdown-modes)
              #'nutgraf-eglot-contact)
        (cons (mapcar (lambda (mode) (list mode :language-id "plaintext"))
                      nutgraf-plaintext-modes)
              #'nutgraf-eglot-contact)))

(defun nutgraf--eglot-entry-p (entry)
  (eq (cdr-safe entry) #'nutgraf-eglot-contact))

;;;###autoload
(defun nutgraf-eglot-register ()
  "Add nutgraf to `eglot-server-programs' (idempotent).
The Markdown entry goes first, so it wins over other Markdown servers; the
`text-mode' entry goes last, so that modes derived from `text-mode' (LaTeX,
Org, ...) keep the servers listed for them."
  (require 'eglot)
  (let* ((entries (nutgraf--eglot-entries))
         (others (cl-remove-if #'nutgraf--eglot-entry-p eglot-server-programs)))
    (setq eglot-server-programs
          (append (list (car entries)) others (list (cadr entries))))))

(defun nutgraf-managed-buffer-p ()
  "Non-nil when the current buffer is one nutgraf should serve."
  (and buffer-file-name
       (or (apply #'derived-mode-p nutgraf-markdown-modes)
           (memq major-mode nutgraf-plaintext-modes))))

(defun nutgraf-eglot-ensure ()
  "Start eglot (once) in a Markdown or plain-text buffer.  For `text-mode-hook'."
  (when (nutgraf-managed-buffer-p)
    (eglot-ensure)))

;;;###autoload
(defun nutgraf-setup ()
  "Register nutgraf with eglot; if `nutgraf-auto-start', start it in prose buffers."
  (interactive)
  (nutgraf-eglot-register)
  (unless (or (fboundp 'markdown-mode) (locate-library "markdown-mode"))
    (add-to-list 'auto-mode-alist
                 (cons nutgraf-markdown-file-regexp #'nutgraf-markdown-fallback-mode)))
  (when nutgraf-auto-start
    ;; Markdown modes derive from `text-mode', so this one hook covers them too.
    (add-hook 'text-mode-hook #'nutgraf-eglot-ensure)
    (dolist (buffer (buffer-list))
      (with-current-buffer buffer
        (when (and (nutgraf-managed-buffer-p) (not (eglot-current-server)))
          (nutgraf-eglot-ensure))))))

;;; Code actions

(defun nutgraf--title-matches-p (offered title)
  "Non-nil when the OFFERED action title is TITLE, exactly or with a note.
The server adds one for documents larger than maxDocumentBytes:
\"Summarize article (first 5 KB of 9 KB)\"."
  (and (stringp offered)
       (or (string= offered title)
           (string-prefix-p (concat title " (") offered))))

(defun nutgraf--run-code-action (title beg end)
  "Run the server's code action named TITLE for BEG..END (eglot)."
  (require 'eglot)
  (let* ((server (or (eglot-current-server)
                     (user-error "nutgraf: no eglot server in this buffer (M-x eglot)")))
         (actions (eglot-code-actions beg end nil nil))
         (action (cl-find-if (lambda (a) (nutgraf--title-matches-p (plist-get a :title) title))
                             actions)))
    (unless action
      (user-error "nutgraf: no \"%s\" here (offered: %s)" title
                  (mapconcat (lambda (a) (plist-get a :title)) actions ", ")))
    (if (fboundp 'eglot-execute)
        ;; Newer eglot resolves the action (codeAction/resolve) itself when needed.
        (eglot-execute server action)
      ;; Older eglot: resolve it here if the server left the edit for codeAction/resolve.
      (when (and (not (plist-get action :edit)) (not (plist-get action :command))
                 (plist-get action :data))
        (setq action (jsonrpc-request server :codeAction/resolve action)))
      (let ((edit (plist-get action :edit))
            (command (plist-get action :command)))
        (when edit (eglot--apply-workspace-edit edit))
        (when command
          (eglot-execute-command server (intern (plist-get command :command))
                                 (plist-get command :arguments)))))))

(defun nutgraf--bounds ()
  (if (use-region-p)
      (list (region-beginning) (region-end))
    (list (point) (point))))

(defmacro nutgraf--define-action (name title doc)
  `(defun ,name (beg end)
     ,doc
     (interactive (nutgraf--bounds))
     (nutgraf--run-code-action ,title beg end)))

;;;###autoload (autoload 'nutgraf-summarize-article "nutgraf" nil t)
(nutgraf--define-action nutgraf-summarize-article "Summarize article"
  "Insert or update the TL;DR block of the whole document.")
;;;###autoload (autoload 'nutgraf-summarize-section "nutgraf" nil t)
(nutgraf--define-action nutgraf-summarize-section "Summarize section"
  "Insert or update a summary of the section under point.")
;;;###autoload (autoload 'nutgraf-summarize-paragraph "nutgraf" nil t)
(nutgraf--define-action nutgraf-summarize-paragraph "Summarize paragraph"
  "Insert a summary after the paragraph at point.")
;;;###autoload (autoload 'nutgraf-summarize-selection "nutgraf" nil t)
(nutgraf--define-action nutgraf-summarize-selection "Summarize selection"
  "Insert a summary of the region after it.")
;;;###autoload (autoload 'nutgraf-replace-selection-with-summary "nutgraf" nil t)
(nutgraf--define-action nutgraf-replace-selection-with-summary "Replace selection with summary"
  "Replace the region with its summary.")

;;; lsp-mode (optional)

(defvar lsp-language-id-configuration)
(declare-function lsp-register-client "lsp-mode")
(declare-function make-lsp-client "lsp-mode")
(declare-function lsp-stdio-connection "lsp-mode")
(declare-function lsp-activate-on "lsp-mode")

(with-eval-after-load 'lsp-mode
  (dolist (pair '((markdown-mode . "markdown") (gfm-mode . "markdown")
                  (markdown-ts-mode . "markdown") (nutgraf-markdown-fallback-mode . "markdown")
                  (text-mode . "plaintext")))
    (unless (assq (car pair) lsp-language-id-configuration)
      (add-to-list 'lsp-language-id-configuration pair t)))
  (lsp-register-client
   (make-lsp-client
    :new-connection (lsp-stdio-connection #'nutgraf-command)
    :activation-fn (lsp-activate-on "markdown" "plaintext")
    :initialization-options (lambda () nutgraf-settings)
    :add-on? t
    :priority -1
    :server-id 'nutgraf)))

(provide 'nutgraf)
;;; nutgraf.el ends here
