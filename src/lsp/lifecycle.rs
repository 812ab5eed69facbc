//! The protocol rules `tower-lsp-server` leaves to us, as a service wrapped around its own:
//!
//! - Messages written right behind `initialize` wait until it is answered (the protocol layer
//!   would answer requests that overtake it with ServerNotInitialized). So the `initialize`
//!   handler must never wait for an answer from the client: nothing is read until it returns.
//! - `shutdown` then `exit` written together: the protocol layer cancels every pending request
//!   when `exit` arrives, `shutdown` included, so the client got `RequestCancelled` and the
//!   exit code said "no shutdown". Here `shutdown` is answered once every request received
//!   before it has been answered, and `exit` waits for that answer.
//! - Requests whose method starts with `$/` are answered MethodNotFound, as the specification
//!   says (the protocol layer drops them without a reply).
//! - The stand-ins for undecodable messages ([`INVALID_MESSAGE`], see [`super::framer`]) are
//!   answered with their error here, in any server state (before `initialize` too).

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use tokio::sync::{watch, RwLock};
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Request, Response};
use tower_service::Service;
use tracing::{debug, warn};

use super::documents::lock;
use super::framer::INVALID_MESSAGE;

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// `S` (the `LspService`) with the rules above.
pub struct Lifecycle<S> {
    inner: Arc<Mutex<S>>,
    /// While `initialize` is being answered: resolves once it is.
    initializing: Option<BoxFuture<()>>,
    /// Becomes true once the answer to `shutdown` is ready.
    shutdown_answered: Option<watch::Receiver<bool>>,
    /// Requests in flight hold it for reading; `shutdown` takes it for writing.
    gate: Arc<RwLock<()>>,
}

impl<S> Lifecycle<S> {
    pub fn new(inner: S) -> Lifecycle<S> {
        Lifecycle {
            inner: Arc::new(Mutex::new(inner)),
            initializing: None,
            shutdown_answered: None,
            gate: Arc::new(RwLock::new(())),
        }
    }
}

/// `fut`, and a flag that turns true once it has its result.
fn tracked<R: Send + 'static>(
    fut: impl Future<Output = R> + Send + 'static,
) -> (BoxFuture<R>, watch::Receiver<bool>) {
    let (tx, rx) = watch::channel(false);
    let fut = Box::pin(async move {
        let r = fut.await;
        let _ = tx.send(true);
        r
    });
    (fut, rx)
}

/// An error answer to a request (nothing for a notification).
fn answer<E: Send + 'static>(
    id: Option<tower_lsp_server::jsonrpc::Id>,
    error: Error,
) -> BoxFuture<Result<Option<Response>, E>> {
    let r = id.map(|id| Response::from_error(id, error));
    Box::pin(std::future::ready(Ok(r)))
}

impl<S> Service<Request> for Lifecycle<S>
where
    S: Service<Request, Response = Option<Response>> + Send + 'static,
    S::Error: Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Option<Response>;
    type Error = S::Error;
    type Future = BoxFuture<Result<Option<Response>, S::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        if let Some(wait) = self.initializing.as_mut() {
            if wait.as_mut().poll(cx).is_pending() {
                return Poll::Pending;
            }
            self.initializing = None;
        }
        lock(&self.inner).poll_ready(cx)
    }

    fn call(&mut self, req: Request) -> Self::Future {
        let method = req.method();
        if method == INVALID_MESSAGE {
            let (_, id, params) = req.into_parts();
            let params = params.unwrap_or_default();
            let code = params["code"].as_i64().unwrap_or(-32700);
            let message = params["message"]
                .as_str()
                .unwrap_or("Parse error")
                .to_string();
            return answer(
                id,
                Error {
                    code: ErrorCode::from(code),
                    message: message.into(),
                    data: None,
                },
            );
        }
        if method.starts_with("$/") && req.id().is_some() {
            warn!("request {method} answered MethodNotFound");
            let mut error = Error::method_not_found();
            error.message = format!("{method}: no such request").into();
            return answer(req.id().cloned(), error);
        }
        if method == "initialize" {
            let (fut, mut rx) = tracked(lock(&self.inner).call(req));
            self.initializing = Some(Box::pin(async move {
                let _ = rx.wait_for(|answered| *answered).await;
            }));
            return fut;
        }
        if method == "shutdown" {
            let fut = lock(&self.inner).call(req);
            let gate = self.gate.clone();
            let (fut, rx) = tracked(async move {
                // Every request received before has its answer.
                let _all_answered = gate.write().await;
                fut.await
            });
            self.shutdown_answered = Some(rx);
            return fut;
        }
        if method == "exit" {
            if let Some(mut rx) = self.shutdown_answered.clone().filter(|rx| !*rx.borrow()) {
                debug!("exit waits for the answer to shutdown");
                let inner = self.inner.clone();
                return Box::pin(async move {
                    // An error here: the shutdown request was dropped; exit all the same.
                    let _ = rx.wait_for(|answered| *answered).await;
                    let fut = lock(&inner).call(req);
                    fut.await
                });
            }
        }
        if req.id().is_none() {
            return Box::pin(lock(&self.inner).call(req));
        }
        // (No guard once `shutdown` waits: the protocol layer refuses such requests at once.)
        let guard = self.gate.clone().try_read_owned().ok();
        let fut = lock(&self.inner).call(req);
        Box::pin(async move {
            let r = fut.await;
            drop(guard);
            r
        })
    }
}
