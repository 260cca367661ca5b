package fi.tarjotin.directory;

import fi.tarjotin.directory.DirectoryStep.StepStatus;
import fi.tarjotin.error.ConflictException;
import fi.tarjotin.error.ErrorCode;
import fi.tarjotin.error.Messages;
import fi.tarjotin.error.NotFoundException;
import fi.tarjotin.transaction.RetryOnContention;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What other features do with directory steps: plan them, show them, and complete them by hand. */
@Singleton
public class DirectorySteps {

    private final StepStore store;
    private final Directory directory;
    private final Clock clock;
    private final List<StepHandler> handlers;

    DirectorySteps(StepStore store, Directory directory, Clock clock, List<StepHandler> handlers) {
        this.store = store;
        this.directory = directory;
        this.clock = clock;
        this.handlers = handlers;
    }

    /**
     * Adds the planned steps the subject does not have yet (by name), in the caller's transaction; returns
     * how many were added. Without a directory, its steps carry the reason they wait.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int plan(String subjectType, String subjectId, List<StepPlan> plans) {
        int added = 0;
        for (StepPlan plan : plans) {
            String reason = plan.needsDirectory() && !directory.configured()
                    ? ErrorCode.DIRECTORY_NOT_CONFIGURED.name() : null;
            if (store.addIfMissing(subjectType, subjectId, plan, reason, clock.instant())) {
                added++;
            }
        }
        return added;
    }

    public List<DirectoryStep> steps(String subjectType, String subjectId) {
        return store.list(subjectType, subjectId);
    }

    /** The steps for the API, their messages in the given language. */
    public List<StepView> views(String subjectType, String subjectId, String language) {
        return steps(subjectType, subjectId).stream().map(s -> view(s, language)).toList();
    }

    /** DONE when every step is done or skipped, FAILED when one has failed, else IN_PROGRESS. */
    public static String overallStatus(List<DirectoryStep> steps) {
        if (steps.stream().anyMatch(s -> s.status() == StepStatus.FAILED)) {
            return "FAILED";
        }
        return steps.stream().allMatch(s -> s.status().finished()) ? "DONE" : "IN_PROGRESS";
    }

    /**
     * Marks a step done because an administrator did the work; {@code result} is what it produced (a user's
     * object id for an invitation step). Runs the step's local consequences as the worker would.
     * A step done already may be completed again with a result, which replaces the one recorded, while a step
     * of a later stage still waits (pending or failed): that is how a completion that lacked the object id a
     * later step needs is corrected before that step is retried. Otherwise a done step is a conflict.
     */
    @RetryOnContention
    @Transactional
    public DirectoryStep completeByHand(String subjectType, String subjectId, String name, @Nullable String result) {
        DirectoryStep step = store.find(subjectType, subjectId, name).orElseThrow(NotFoundException::new);
        if (step.status() == StepStatus.DONE) {
            if (result == null || !aLaterStageWaits(step)) {
                throw new ConflictException(ErrorCode.STEP_ALREADY_DONE);
            }
            store.correctResult(step.id(), result, clock.instant());
        } else {
            store.completeByHand(step.id(), result, clock.instant());
        }
        DirectoryStep done = store.find(step.id()).orElseThrow();
        Map<String, String> results = new HashMap<>();
        store.list(subjectType, subjectId).stream().filter(s -> s.result() != null)
                .forEach(s -> results.put(s.name(), s.result()));
        handlers.stream().filter(h -> h.subjectType().equals(subjectType)).findFirst()
                .ifPresent(h -> h.completed(done, done.result(), results));
        return done;
    }

    /** Whether a step of the same subject in a later stage than {@code step} is not finished yet. */
    private boolean aLaterStageWaits(DirectoryStep step) {
        return store.list(step.subjectType(), step.subjectId()).stream()
                .anyMatch(s -> s.stage() > step.stage() && !s.status().finished());
    }

    /** Queues a failed step again. */
    @RetryOnContention
    @Transactional
    public DirectoryStep retry(String subjectType, String subjectId, String name) {
        DirectoryStep step = store.find(subjectType, subjectId, name).orElseThrow(NotFoundException::new);
        if (!store.retry(step.id(), clock.instant())) {
            throw new ConflictException(ErrorCode.STEP_NOT_FAILED);
        }
        return store.find(step.id()).orElseThrow();
    }

    static StepView view(DirectoryStep s, String language) {
        String message = s.messageCode() == null ? null : Messages.message(s.messageCode(), language);
        return new StepView(s.name(), s.status().name(), message, s.updatedAt(), s.attempts(),
                s.status() == StepStatus.PENDING && s.attempts() > 0 ? s.nextAttemptAt() : null);
    }
}
