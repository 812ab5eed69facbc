;;; emacs_test.el --- headless Emacs test of editors/emacs/nutgraf.el  -*- lexical-binding: t; -*-

;; Run by tests/editors/emacs.sh:
;;   emacs -Q --batch -l tests/editors/emacs_test.el
;; Environment: NUTGRAF_BIN, NUTGRAF_REPO, NUTGRAF_WORK (temp dir with article.md and
;; article.txt), NUTGRAF_RESULTS (gets one "PASS name: detail" / "FAIL name: detail" line
;; per check), NUTGRAF_NO_MARKDOWN_MODE=1 to act as if markdown-mode were not installed.

(require 'cl-lib)
(require 'subr-x)

(defvar nutgraf-test-bin (getenv "NUTGRAF_BIN"))
(defvar nutgraf-test-repo (getenv "NUTGRAF_REPO"))
(defvar nutgraf-test-work (getenv "NUTGRAF_WORK"))
(defvar nutgraf-test-results (getenv "NUTGRAF_RESULTS"))
(defvar nutgraf-test-wait (string-to-number (or (getenv "NUTGRAF_WAIT_SECONDS") "20")))
(defvar nutgraf-test-no-markdown-mode (equal (getenv "NUTGRAF_NO_MARKDOWN_MODE") "1"))
(defvar nutgraf-test-client (or (getenv "NUTGRAF_EMACS_CLIENT") "eglot") "eglot or lsp-mode.")
(defvar nutgraf-test-messages nil "Recent messages, for failure details.")

(defun nutgraf-test-report (ok name &optional detail)
  (let ((line (concat (if ok "PASS " "FAIL ") name
                      (if (and detail (not (string-empty-p detail)))
                          (concat ": " (replace-regexp-in-string "\n" " | " detail))
                        ""))))
    (write-region (concat line "\n") nil nutgraf-test-results 'append 'silent)))

(defun nutgraf-test-note (text)
  (write-region (concat "  " (replace-regexp-in-string "\n" " | " text) "\n")
                nil nutgraf-test-results 'append 'silent))

(advice-add 'message :after
            (lambda (fmt &rest args)
              (when fmt
                (push (ignore-errors (apply #'format fmt args)) nutgraf-test-messages))))

(defun nutgraf-test-recent-messages ()
  (mapconcat #'identity (reverse (seq-take (delq nil nutgraf-test-messages) 4)) " / "))

(defun nutgraf-test-normalize (text)
  (let* ((text (substring-no-properties text))
         (text (replace-regexp-in-string "\\\\\\([[:punct:]]\\)" "\\1" text))
         (text (replace-regexp-in-string "[ \t\n\r]+" " " text)))
    (string-trim text)))

(defun nutgraf-test-sentences (text)
  (let ((text (nutgraf-test-normalize text)) (out nil) (start 0))
    (while (string-match "[^.!?]+[.!?]" text start)
      (let ((sentence (match-string 0 text)))
        (setq start (match-end 0))      ; before `string-trim' changes the match data
        (push (string-trim sentence) out)))
    (nreverse out)))

(defun nutgraf-test-wait-until (predicate &optional seconds)
  "Process events until PREDICATE is non-nil or SECONDS pass; return its value."
  (let ((deadline (+ (float-time) (or seconds nutgraf-test-wait)))
        value)
    (while (and (not (setq value (funcall predicate)))
                (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(defun nutgraf-test-paragraph-sentences (needle)
  "Sentences of the paragraph of the current buffer that contains NEEDLE."
  (save-excursion
    (goto-char (point-min))
    (search-forward needle)
    (let ((beg (save-excursion (backward-paragraph) (point)))
          (end (save-excursion (forward-paragraph) (point))))
      (nutgraf-test-sentences (buffer-substring-no-properties beg end)))))

(defun nutgraf-test-file-sentences (file)
  "Sentences of FILE's body paragraphs (not headings, not a title line without a full stop)."
  (with-temp-buffer
    (insert-file-contents file)
    (cl-loop for paragraph in (split-string (buffer-string) "\n[ \t]*\n" t)
             for text = (nutgraf-test-normalize paragraph)
             unless (or (string-empty-p text) (string-prefix-p "#" text))
             append (nutgraf-test-sentences text))))

(defun nutgraf-test-count (needle text)
  (let ((n 0) (start 0))
    (while (string-match (regexp-quote needle) text start)
      (setq n (1+ n) start (match-end 0)))
    n))

(defun nutgraf-test-hover ()
  "Ask every eldoc documentation function (eglot's hover among them) for docs at point."
  (let ((docs nil))
    (run-hook-wrapped 'eldoc-documentation-functions
                      (lambda (fn)
                        (ignore-errors
                          (funcall fn (lambda (doc &rest _)
                                        (when (and (stringp doc) (not (string-empty-p doc)))
                                          (push doc docs))
                                        t)))
                        nil))
    (nutgraf-test-wait-until (lambda () docs) (/ nutgraf-test-wait 2.0))
    (accept-process-output nil 0.1)
    docs))

(defun nutgraf-test-code-action-interactively (title)
  "M-x eglot-code-actions at point and pick TITLE from the menu, as a user would.
Returns the titles that were offered."
  (let ((offered nil))
    (cl-letf (((symbol-function 'completing-read)
               (lambda (_prompt collection &rest _)
                 (setq offered (all-completions "" collection))
                 title)))
      (let ((last-nonmenu-event ?\r)
            (this-command 'eglot-code-actions))
        (condition-case err
            (call-interactively #'eglot-code-actions)
          (error (push (format "eglot-code-actions: %s" (error-message-string err))
                       nutgraf-test-messages)))))
    offered))

(defun nutgraf-test-imenu-names (index)
  "Every entry name in the imenu INDEX, nested ones included."
  (let (names)
    (dolist (e index)
      (when (consp e)
        (when (stringp (car e))
          (push (string-trim (car e)) names))
        (when (and (listp (cdr e)) (consp (cadr e)))
          (setq names (append (nutgraf-test-imenu-names (cdr e)) names)))))
    names))

(cl-defun nutgraf-test-file (file spec)
  (let* ((label (plist-get spec :label))
         (buffer (find-file-noselect file)))
    ;; eglot only shows hover results for a buffer that is in a window.
    (switch-to-buffer buffer)
    (nutgraf-test-report (memq major-mode (plist-get spec :modes))
                         (concat label " major mode") (symbol-name major-mode))
    ;; 1. eglot-ensure (from nutgraf-setup's hook) connects after the current command:
    ;; run the command loop's post-command-hook as Emacs would after `find-file'.
    (run-hooks 'post-command-hook)
    (let ((server (nutgraf-test-wait-until
                   (lambda ()
                     (and (bound-and-true-p eglot--managed-mode) (eglot-current-server))))))
      (if (not server)
          (progn
            (nutgraf-test-report nil (concat label " attach")
                                 (concat "eglot did not connect; " (nutgraf-test-recent-messages)))
            (cl-return-from nutgraf-test-file))
        (let ((language-id (if (fboundp 'eglot--language-id)
                               (ignore-errors (eglot--language-id server))
                             nil)))
          (when (fboundp 'eglot--TextDocumentItem)
            (setq language-id (or (ignore-errors (plist-get (eglot--TextDocumentItem) :languageId))
                                  language-id)))
          (nutgraf-test-report (equal language-id (plist-get spec :language-id))
                               (concat label " attach")
                               (format "languageId %s" language-id)))))

    ;; 1b. The outline through imenu (eglot's documentSymbol): the headings, or the
    ;; plain-text title.
    (let* ((index (condition-case err (funcall imenu-create-index-function)
                    (error (list (cons (format "error: %s" (error-message-string err)) 0)))))
           (names (nutgraf-test-imenu-names index))
           (want (plist-get spec :outline)))
      (nutgraf-test-report (cl-every (lambda (w) (member w names)) want)
                           (concat label " outline (imenu)")
                           (format "%S" (reverse names))))

    ;; 2. Hover (eldoc) over a paragraph shows one of its sentences.
    (let* ((needle (plist-get spec :hover))
           (sentences (nutgraf-test-paragraph-sentences needle))
           (docs nil) (hit nil))
      (goto-char (point-min))
      (search-forward needle)
      (dotimes (_ 3)
        (unless docs
          (setq docs (nutgraf-test-hover))))
      (dolist (doc docs)
        (let ((text (nutgraf-test-normalize doc)))
          (dolist (sentence sentences)
            (when (string-search sentence text)
              (setq hit text)))))
      (nutgraf-test-report hit (concat label " hover")
                           (cond (hit (concat "shows: " (truncate-string-to-width hit 100)))
                                 (docs (concat "no paragraph sentence in: "
                                               (truncate-string-to-width
                                                (nutgraf-test-normalize (string-join docs " // ")) 200)))
                                 (t (concat "no hover; " (nutgraf-test-recent-messages))))))

    ;; 3. M-x eglot-code-actions, pick "Summarize article": the TL;DR block appears.
    (goto-char (point-min))
    (search-forward (plist-get spec :action))
    (let* ((offered (nutgraf-test-code-action-interactively "Summarize article"))
           (has-block (plist-get spec :has-block))
           (inserted (nutgraf-test-wait-until
                      (lambda () (funcall has-block (buffer-string)))
                      (/ nutgraf-test-wait 2.0))))
      (if inserted
          (nutgraf-test-report t (concat label " \"Summarize article\"")
                               (concat "actions offered: " (string-join offered ", ")))
        (nutgraf-test-report nil (concat label " \"Summarize article\"")
                             (concat (cond ((null offered) "no code action menu")
                                           ((not (member "Summarize article" offered))
                                            (concat "not offered; got: " (string-join offered ", ")))
                                           (t "picked, but no TL;DR block in the buffer"))
                                     "; " (nutgraf-test-recent-messages)))
        (nutgraf-test-note (concat "buffer now: " (truncate-string-to-width (buffer-string) 300)))
        (cl-return-from nutgraf-test-file)))
    (let* ((block (nutgraf-test-normalize (funcall (plist-get spec :block-of) (buffer-string))))
           (quoted (cl-count-if (lambda (s) (string-search s block)) (plist-get spec :all-sentences))))
      (nutgraf-test-report (= quoted 2)
                           (concat label " TL;DR quotes 2 sentences of the article (nutgraf-settings: summary.sentences 2)")
                           (format "%d quoted: %s" quoted (truncate-string-to-width block 120))))

    ;; 4. M-x nutgraf-summarize-article (this package's command) updates the block in place:
    ;; it runs without error and there is still exactly one block.
    (let ((tick (buffer-modified-tick))
          (first-text (buffer-string))
          (error-message nil))
      (condition-case err
          (call-interactively #'nutgraf-summarize-article)
        (error (setq error-message (error-message-string err))))
      ;; The command is synchronous (request, then apply); allow for a late edit anyway.
      (nutgraf-test-wait-until (lambda () (/= tick (buffer-modified-tick))) 0.5)
      (let ((blocks (funcall (plist-get spec :count-blocks) (buffer-string)))
            ;; Same document, same summary: the text must come out identical (this also checks
            ;; the edit's ranges across the fixture's non-ASCII text).
            (same (string= first-text (buffer-string))))
        (nutgraf-test-report (and (= blocks 1) same (not error-message))
                             (concat label " M-x nutgraf-summarize-article replaces the block")
                             (format "%d block(s), text %s%s" blocks (if same "unchanged" "changed")
                                     (if error-message (concat "; error: " error-message) "")))
        (unless same
          (nutgraf-test-note (concat "after the first run: " (truncate-string-to-width first-text 400)))
          (nutgraf-test-note (concat "after the second run: " (truncate-string-to-width (buffer-string) 400))))))))

(cl-defun nutgraf-test-file-lsp-mode (file spec)
  "The same checks as `nutgraf-test-file', with lsp-mode (M-x lsp) instead of eglot."
  (let* ((label (plist-get spec :label))
         (buffer (find-file-noselect file)))
    (switch-to-buffer buffer)
    (nutgraf-test-report (memq major-mode (plist-get spec :modes))
                         (concat label " major mode") (symbol-name major-mode))
    ;; 1. M-x lsp.
    (condition-case err
        (lsp)
      (error (push (error-message-string err) nutgraf-test-messages)))
    (let ((ready (nutgraf-test-wait-until
                  (lambda ()
                    (cl-some (lambda (w) (and (eq (lsp--workspace-status w) 'initialized)
                                              (eq (lsp--client-server-id (lsp--workspace-client w)) 'nutgraf)))
                             (lsp-workspaces))))))
      (nutgraf-test-report (and ready (equal (lsp-buffer-language) (plist-get spec :language-id)))
                           (concat label " attach")
                           (if ready (format "languageId %s" (lsp-buffer-language))
                             (concat "lsp-mode did not connect; " (nutgraf-test-recent-messages))))
      (unless ready (cl-return-from nutgraf-test-file-lsp-mode)))
    ;; 2. M-x lsp-describe-thing-at-point: hover in *lsp-help*.
    (let* ((needle (plist-get spec :hover))
           (sentences (nutgraf-test-paragraph-sentences needle))
           (text nil) (hit nil))
      (goto-char (point-min))
      (search-forward needle)
      (when (get-buffer "*lsp-help*") (kill-buffer "*lsp-help*"))
      (condition-case err
          (lsp-describe-thing-at-point)
        (error (push (error-message-string err) nutgraf-test-messages)))
      (nutgraf-test-wait-until (lambda () (get-buffer "*lsp-help*")) (/ nutgraf-test-wait 2.0))
      (when (get-buffer "*lsp-help*")
        (setq text (nutgraf-test-normalize (with-current-buffer "*lsp-help*" (buffer-string))))
        (dolist (sentence sentences)
          (when (string-search sentence text) (setq hit t))))
      (switch-to-buffer buffer)
      (nutgraf-test-report hit (concat label " hover")
                           (cond (hit (concat "shows: " (truncate-string-to-width text 100)))
                                 (text (concat "no paragraph sentence in: " (truncate-string-to-width text 200)))
                                 (t (concat "no *lsp-help*; " (nutgraf-test-recent-messages))))))
    ;; 3. M-x lsp-execute-code-action, pick "Summarize article".
    (goto-char (point-min))
    (search-forward (plist-get spec :action))
    (let ((offered nil))
      (cl-letf (((symbol-function 'completing-read)
                 (lambda (_prompt collection &rest _)
                   (setq offered (all-completions "" collection))
                   (or (cl-find-if (lambda (c) (string-prefix-p "Summarize article" c)) offered)
                       "Summarize article"))))
        (condition-case err
            (call-interactively #'lsp-execute-code-action)
          (error (push (error-message-string err) nutgraf-test-messages))))
      (let ((inserted (nutgraf-test-wait-until
                       (lambda () (funcall (plist-get spec :has-block) (buffer-string)))
                       (/ nutgraf-test-wait 2.0))))
        (nutgraf-test-report inserted (concat label " \"Summarize article\"")
                             (if inserted (concat "actions offered: " (string-join offered ", "))
                               (concat "no TL;DR block; offered: " (string-join offered ", ")
                                       "; " (nutgraf-test-recent-messages))))))))

(defconst nutgraf-test-md-open "<!-- nutgraf:summary -->")
(defconst nutgraf-test-md-close "<!-- /nutgraf:summary -->")

(defun nutgraf-test-main ()
  (require 'package)
  ;; `emacs -Q' leaves site-lisp (and so Debian's elpa-* packages) out of `load-path'; a normal
  ;; start has them. Put them back the way package.el would find them by default.
  (dolist (dir '("/usr/share/emacs/site-lisp/elpa" "/usr/local/share/emacs/site-lisp/elpa"))
    (when (file-directory-p dir)
      (add-to-list 'package-directory-list dir t)))
  (package-initialize)
  (when nutgraf-test-no-markdown-mode
    (setq load-path (cl-remove-if (lambda (dir) (string-match-p "markdown-mode" dir)) load-path))
    (setq auto-mode-alist (cl-remove-if (lambda (e) (memq (cdr e) '(markdown-mode gfm-mode)))
                                        auto-mode-alist))
    (fmakunbound 'markdown-mode)
    (fmakunbound 'gfm-mode))
  (add-to-list 'load-path (expand-file-name "editors/emacs" nutgraf-test-repo))
  (require 'nutgraf)
  (setq nutgraf-program nutgraf-test-bin)
  ;; A non-default setting, to see that settings reach the server: two-sentence summaries.
  (setq nutgraf-settings '(:summary (:sentences 2)))
  (if (equal nutgraf-test-client "lsp-mode")
      (progn
        (require 'lsp-mode)
        (setq lsp-session-file (expand-file-name "lsp-session" nutgraf-test-work)
              lsp-auto-guess-root nil
              lsp-enable-file-watchers nil
              lsp-keep-workspace-alive nil
              lsp-restart 'ignore
              lsp-headerline-breadcrumb-enable nil
              lsp-enable-suggest-server-download nil
              lsp-auto-execute-action nil)
        ;; The folder a user answers "i" (import root) for.
        (lsp-workspace-folders-add nutgraf-test-work))
    (require 'eglot)
    (setq eglot-confirm-server-initiated-edits nil)
    (nutgraf-setup))
  (let ((prefix (format "emacs %s %s %s%s:" emacs-version nutgraf-test-client
                        (or (ignore-errors (package-version-join
                                            (package-desc-version
                                             (cadr (assq (intern nutgraf-test-client) package-alist)))))
                            "built-in")
                        (if nutgraf-test-no-markdown-mode " (no markdown-mode)" "")))
        (check (if (equal nutgraf-test-client "lsp-mode") #'nutgraf-test-file-lsp-mode #'nutgraf-test-file))
        (md (expand-file-name "article.md" nutgraf-test-work))
        (txt (expand-file-name "article.txt" nutgraf-test-work)))
    (funcall check
     md
     (list :label (concat prefix " markdown")
           :modes (if nutgraf-test-no-markdown-mode '(nutgraf-markdown-fallback-mode)
                    '(markdown-mode gfm-mode))
           :language-id "markdown"
           :hover "Supporters said"
           :outline '("City council approves new bike lanes" "Concerns")
           :action "The city council voted"
           :all-sentences (nutgraf-test-file-sentences md)
           :has-block (lambda (text) (and (string-search nutgraf-test-md-open text)
                                          (string-search nutgraf-test-md-close text)))
           :block-of (lambda (text)
                       (let ((s (string-search nutgraf-test-md-open text))
                             (e (string-search nutgraf-test-md-close text)))
                         (substring text (+ s (length nutgraf-test-md-open)) e)))
           :count-blocks (lambda (text) (nutgraf-test-count nutgraf-test-md-open text))))
    (funcall check
     txt
     (list :label (concat prefix " plaintext")
           :modes '(text-mode)
           :language-id "plaintext"
           :hover "Students said"
           :outline '("Library extends opening hours for students")
           :action "The central library"
           :all-sentences (nutgraf-test-file-sentences txt)
           :has-block (lambda (text) (string-search "\n\nTL;DR:" (concat "\n\n" text)))
           :block-of (lambda (text)
                       (let* ((s (string-search "\n\nTL;DR:" (concat "\n\n" text)))
                              (rest (substring text (+ s (length "TL;DR:")))))
                         (if (string-match "\n[ \t]*\n" rest) (substring rest 0 (match-beginning 0)) rest)))
           :count-blocks (lambda (text) (nutgraf-test-count "\nTL;DR:" (concat "\n" text)))))))

(condition-case err
    (nutgraf-test-main)
  (error (nutgraf-test-report nil "emacs test script" (error-message-string err))))

;; Shut the servers down (shutdown + exit), then leave.
(when (fboundp 'lsp-workspace-shutdown)
  (ignore-errors
    (dolist (workspace (lsp--session-workspaces (lsp-session)))
      (lsp-workspace-shutdown workspace))))
(ignore-errors
  (dolist (buffer (buffer-list))
    (with-current-buffer buffer
      (let ((server (and (bound-and-true-p eglot--managed-mode) (eglot-current-server))))
        (when (and server (jsonrpc-running-p server))
          (ignore-errors (eglot-shutdown server))))))
  (set-buffer-modified-p nil))
(kill-emacs 0)

;;; emacs_test.el ends here
