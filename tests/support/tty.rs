//! Running `nutgraf` with a terminal (a pseudo-terminal) on its standard input, as when a
//! person types the command (Linux).

use std::ffi::CStr;
use std::fs::{File, OpenOptions};
use std::os::fd::FromRawFd;
use std::os::unix::fs::OpenOptionsExt;
use std::process::{Child, Command, Stdio};

/// `nutgraf ARGS` with a terminal on stdin, stdout and stderr piped; and the terminal's other
/// end, to type into.
pub fn spawn_on_terminal(args: &[&str], env: &[(&str, &str)]) -> (Child, File) {
    // SAFETY: plain libc calls on a descriptor this function owns; `ptsname_r` writes at most
    // `buf.len()` bytes, NUL-terminated.
    let (master, name) = unsafe {
        let m = libc::posix_openpt(libc::O_RDWR | libc::O_NOCTTY);
        assert!(m >= 0, "posix_openpt");
        assert_eq!(libc::grantpt(m), 0, "grantpt");
        assert_eq!(libc::unlockpt(m), 0, "unlockpt");
        let mut buf = [0 as libc::c_char; 256];
        assert_eq!(libc::ptsname_r(m, buf.as_mut_ptr(), buf.len()), 0);
        let name = CStr::from_ptr(buf.as_ptr()).to_str().unwrap().to_owned();
        (File::from_raw_fd(m), name)
    };
    let terminal = OpenOptions::new()
        .read(true)
        .write(true)
        .custom_flags(libc::O_NOCTTY)
        .open(name)
        .expect("open the terminal");
    let child = Command::new(env!("CARGO_BIN_EXE_nutgraf"))
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::from(terminal))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn nutgraf");
    (child, master)
}
