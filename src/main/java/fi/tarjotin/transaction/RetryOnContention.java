package fi.tarjotin.transaction;

import io.micronaut.aop.Around;
import io.micronaut.context.annotation.Type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method again, whole, when the transaction it starts loses to another one (see
 * {@link ContentionRetry}). Put it on the method that starts the transaction: with {@code @Transactional} it
 * wraps the transaction, since its interceptor runs in the RETRY phase, before TRANSACTION. Everything the
 * method does must be undone by a rollback or be harmless to repeat.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
@Around
@Type(ContentionRetryInterceptor.class)
public @interface RetryOnContention {
}
