//! Every message the server handles, logged at `debug` with its method, id and how long its
//! answer took (`NUTGRAF_LOG=debug`): a service wrapped around the rest of the stack.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Instant;

use tower_lsp_server::jsonrpc::{Request, Response};
use tower_service::Service;
use tracing::debug;

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// `S` with a `debug` event per message when its handling ends.
pub struct Timed<S>(pub S);

impl<S> Service<Request> for Timed<S>
where
    S: Service<Request, Response = Option<Response>>,
    S::Future: Send + 'static,
{
    type Response = Option<Response>;
    type Error = S::Error;
    type Future = BoxFuture<Result<Option<Response>, S::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.0.poll_ready(cx)
    }

    fn call(&mut self, req: Request) -> Self::Future {
        if !tracing::enabled!(tracing::Level::DEBUG) {
            return Box::pin(self.0.call(req));
        }
        let method = req.method().to_string();
        let id = req.id().map(ToString::to_string);
        let start = Instant::now();
        let fut = self.0.call(req);
        Box::pin(async move {
            let r = fut.await;
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            match (&id, &r) {
                (None, _) => debug!("notification {method} handled in {ms:.3} ms"),
                (Some(id), Ok(Some(resp))) if resp.is_error() => {
                    debug!("request {method} (id {id}) answered with an error in {ms:.3} ms")
                }
                (Some(id), _) => debug!("request {method} (id {id}) answered in {ms:.3} ms"),
            }
            r
        })
    }
}
