package fi.tarjotin.transaction;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;

/** Applies {@link ContentionRetry} to methods annotated {@link RetryOnContention}. */
@InterceptorBean(RetryOnContention.class)
class ContentionRetryInterceptor implements MethodInterceptor<Object, Object> {

    private final ContentionRetry retry;

    ContentionRetryInterceptor(ContentionRetry retry) {
        this.retry = retry;
    }

    @Override
    public int getOrder() {
        // Outside the transaction interceptor, so that every attempt is a transaction of its own.
        return InterceptPhase.RETRY.getPosition();
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        // Proceeds from this interceptor on each attempt, so the transaction interceptor runs every time.
        return retry.call(() -> context.proceed(this));
    }
}
