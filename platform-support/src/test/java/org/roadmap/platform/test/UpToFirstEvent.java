package org.roadmap.platform.test;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * The body of an event stream up to the end of its first event (the blank line after its {@code data:}),
 * then the connection is given up, as a closed browser tab does: a stream never ends by itself, so a
 * whole body would never come. Any other body is read to its end.
 */
final class UpToFirstEvent implements HttpResponse.BodyHandler<String> {

    private final CompletableFuture<Void> answered = new CompletableFuture<>();

    /** Completes once the service has sent the answer's status and headers. */
    CompletableFuture<Void> answered() {
        return answered;
    }

    @Override
    public HttpResponse.BodySubscriber<String> apply(HttpResponse.ResponseInfo info) {
        answered.complete(null);
        return new Reader();
    }

    private static final class Reader implements HttpResponse.BodySubscriber<String> {

        private final CompletableFuture<String> body = new CompletableFuture<>();
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                received.writeBytes(bytes);
            }
            String text = received.toString(StandardCharsets.UTF_8);
            int data = text.indexOf("data:");
            int end = data < 0 ? -1 : text.indexOf("\n\n", data);
            if (end < 0) {
                subscription.request(1);
                return;
            }
            body.complete(text.substring(0, end + 2));
            subscription.cancel();
        }

        @Override
        public void onError(Throwable failure) {
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            body.complete(received.toString(StandardCharsets.UTF_8));
        }

        @Override
        public CompletionStage<String> getBody() {
            return body;
        }
    }
}
