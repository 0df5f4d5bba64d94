package org.xenophilia.agent.internal.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.xenophilia.agent.backend.OperationProgress;
import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.agent.internal.auth.SessionRegistry.Session;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * xapi's {@code task} objects and the {@code Async.*} calls that make them. An asynchronous call answers at once
 * with a task reference; the operation runs on a bounded pool ({@value #WORKERS} threads, at most
 * {@value #MAX_QUEUED} waiting, beyond that {@code TOO_MANY_PENDING_TASKS}). A task's {@code status} goes
 * {@code pending} → {@code success | failure}, or through {@code cancelling} to {@code cancelled}; {@code progress}
 * goes from 0 to 1 in the {@linkplain OperationProgress.Step steps} the backend reports; {@code allowed_operations}
 * holds {@code cancel} only while cancelling would stop the operation cleanly (queued, or where the backend says
 * so: {@link OperationProgress#cancellable}); a cancelled operation ends with {@code [TASK_CANCELLED, task]};
 * {@code result} is the XML-RPC encoding of the operation's result ({@code ""} for void, as xapi has it) and
 * {@code error_info} the failure's error description. Every change to a task is an event of class
 * {@code task}. A task belongs to the session that made it: only that session (or an admin) may cancel or destroy
 * it. Finished tasks are removed {@link #EXPIRY} after they finished, or when destroyed.
 */
public final class TaskManager implements AutoCloseable {

    /** Pool threads running asynchronous operations. */
    public static final int WORKERS = 4;
    /** Operations that may wait for a thread. */
    public static final int MAX_QUEUED = 256;
    /** How long a finished task is kept. */
    public static final Duration EXPIRY = Duration.ofHours(1);
    /** The most tasks kept: beyond, the oldest finished ones go first (a task costs a few hundred bytes). */
    public static final int MAX_KEPT = 10_000;
    /** xapi's error for a task that was cancelled: {@code [task]}. */
    public static final String TASK_CANCELLED = "TASK_CANCELLED";
    /** xapi's error when too many tasks wait. */
    public static final String TOO_MANY_PENDING_TASKS = "TOO_MANY_PENDING_TASKS";

    /** The work behind a task. */
    @FunctionalInterface
    public interface Work {
        /**
         * @return the result as a Java value: {@code null} for void, or a {@link Ref} or string
         * @throws XenApiException the failure to record in {@code error_info}
         */
        Object run() throws XenApiException;
    }

    /** The work behind a task that tells its clients more than its progress ({@link TrackedTask}). */
    @FunctionalInterface
    public interface TrackedWork {
        /**
         * @param task the task it runs as
         * @return the result as a Java value: {@code null} for void, or a {@link Ref} or string
         * @throws XenApiException the failure to record in {@code error_info}
         */
        Object run(TrackedTask task) throws XenApiException;
    }

    /**
     * A running task as its work sees it: its progress and cancellation ({@link OperationProgress}), its uuid (which
     * names what the work keeps of it on disk) and its {@code other_config}, where the work says what it is doing.
     */
    public interface TrackedTask extends OperationProgress {

        /** @return the task's uuid */
        String uuid();

        /**
         * Says what the work is doing now. Published as an event of class {@code task} when {@code milestone}, else
         * at most every {@value TaskManager#DETAIL_MILLIS} ms or 1 % of progress, so that a stream of byte counts
         * does not flood {@code event.from}.
         *
         * @param otherConfig the task's {@code other_config} from now on
         * @param fraction how far the work is, 0..1
         * @param milestone whether clients must see this change (a new phase)
         */
        void describe(Map<String, String> otherConfig, double fraction, boolean milestone);
    }

    /** The shortest time between two published descriptions of a task that are not milestones. */
    public static final long DETAIL_MILLIS = 250;

    private enum Status {
        PENDING("pending"), SUCCESS("success"), FAILURE("failure"), CANCELLING("cancelling"), CANCELLED("cancelled");

        final String wire;

        Status(String wire) {
            this.wire = wire;
        }
    }

    private final class Task implements TrackedTask {
        final Ref ref = Ref.random();
        final String uuid = UUID.randomUUID().toString();
        final String name;
        final Ref owner;
        final Instant created = clock.instant();
        Instant finished;
        Status status = Status.PENDING;
        double progress;
        String result = "";
        List<String> errorInfo = List.of();
        /** Whether cancelling would still stop the operation cleanly: so while queued, then as it says. */
        boolean cancellable = true;
        Map<String, String> otherConfig = Map.of();
        /** The progress last published. */
        double publishedProgress;
        /** When a description was last published ({@link Clock#millis()}). */
        long describedAt = Long.MIN_VALUE;

        Task(String name, Ref owner) {
            this.name = name;
            this.owner = owner;
        }

        @Override
        public void report(double fraction) {
            double p = Math.max(0, Math.min(1, fraction));
            boolean publish;
            synchronized (TaskManager.this) {
                // publish only steps of at least 1 %, so a slow operation does not flood event.from
                publish = status == Status.PENDING && p >= progress + 0.01;
                if (publish) {
                    progress = p;
                }
            }
            if (publish) {
                events.changed("task", ref);
            }
        }

        @Override
        public String uuid() {
            return uuid;
        }

        @Override
        public void describe(Map<String, String> details, double fraction, boolean milestone) {
            double p = Math.max(0, Math.min(1, fraction));
            long now = clock.millis();
            boolean publish;
            synchronized (TaskManager.this) {
                if (status != Status.PENDING && status != Status.CANCELLING) {
                    return;
                }
                otherConfig = Map.copyOf(details);
                progress = Math.max(progress, p);
                publish = milestone || now - describedAt >= DETAIL_MILLIS || p >= publishedProgress + 0.01;
                if (publish) {
                    describedAt = now;
                    publishedProgress = progress;
                }
            }
            if (publish) {
                events.changed("task", ref);
            }
        }

        @Override
        public boolean cancelled() {
            synchronized (TaskManager.this) {
                return status == Status.CANCELLING;
            }
        }

        @Override
        public void cancellable(boolean now) {
            boolean publish;
            synchronized (TaskManager.this) {
                publish = status == Status.PENDING && cancellable != now;
                cancellable = now;
            }
            if (publish) {
                events.changed("task", ref); // allowed_operations changed
            }
        }
    }

    private final Clock clock;
    private final EventHub events;
    private final Ref hostRef;
    private final Map<Ref, Task> tasks = new LinkedHashMap<>();
    private final ThreadPoolExecutor pool;

    /**
     * @param clock for {@code created}, {@code finished} and expiry
     * @param events where task changes are published (registers the {@code task} class)
     * @param hostRef the host tasks are resident on
     */
    public TaskManager(Clock clock, EventHub events, Ref hostRef) {
        this.clock = clock;
        this.events = events;
        this.hostRef = hostRef;
        AtomicInteger n = new AtomicInteger();
        pool = new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(MAX_QUEUED),
                r -> {
                    Thread t = new Thread(r, "xenophilia-task-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
        events.register("task", new EventHub.ClassSource() {
            @Override
            public Iterator<EventHub.Listed> all() {
                return LazyIterator.map(current().iterator(), t -> new EventHub.Listed(t.ref, recordNow(t), null));
            }

            @Override
            public Optional<Map<String, Object>> record(Ref ref) {
                synchronized (TaskManager.this) {
                    Task t = tasks.get(ref);
                    return t == null ? Optional.empty() : Optional.of(TaskManager.this.record(t));
                }
            }

            @Override
            public long count() {
                return current().size();
            }
        });
    }

    /**
     * Starts an asynchronous operation.
     *
     * @param name the task's name_label, xapi's {@code Async.Class.message}
     * @param session the caller's session, its owner
     * @param work the operation
     * @return the task's reference
     * @throws XenApiException {@code TOO_MANY_PENDING_TASKS}
     */
    public Ref submit(String name, Session session, Work work) throws XenApiException {
        return submit(name, session, task -> work.run());
    }

    /**
     * Starts an asynchronous operation that describes itself in its task's {@code other_config}.
     *
     * @param name the task's name_label, xapi's {@code Async.Class.message}
     * @param session the caller's session, its owner
     * @param work the operation
     * @return the task's reference
     * @throws XenApiException {@code TOO_MANY_PENDING_TASKS}
     */
    public Ref submit(String name, Session session, TrackedWork work) throws XenApiException {
        Task t = new Task(name, session.ref());
        synchronized (this) {
            expire();
            tasks.put(t.ref, t);
        }
        try {
            pool.execute(() -> run(t, work));
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                tasks.remove(t.ref);
            }
            throw new XenApiException(TOO_MANY_PENDING_TASKS, List.of());
        }
        events.created("task", t.ref);
        return t.ref;
    }

    private void run(Task t, TrackedWork work) {
        synchronized (this) {
            if (t.status != Status.PENDING) { // cancelled before it began
                finish(t, Status.CANCELLED, "", List.of(TASK_CANCELLED, t.ref.value()));
                return;
            }
        }
        OperationProgress.CURRENT.set(t);
        Status status;
        String result = "";
        List<String> error = List.of();
        try {
            result = encode(work.run(t));
            status = Status.SUCCESS;
        } catch (XenApiException e) {
            status = Status.FAILURE;
            error = e.errorDescription();
        } catch (CancellationException e) {
            status = Status.CANCELLED;
            error = List.of(TASK_CANCELLED, t.ref.value());
        } catch (RuntimeException e) {
            status = Status.FAILURE;
            error = List.of(ErrorCode.INTERNAL_ERROR.code(), String.valueOf(e.getMessage()));
        } finally {
            OperationProgress.CURRENT.remove();
        }
        finish(t, status, result, error);
    }

    private void finish(Task t, Status status, String result, List<String> error) {
        synchronized (this) {
            if (!tasks.containsKey(t.ref)) { // destroyed meanwhile
                return;
            }
            t.status = status;
            t.result = result;
            t.errorInfo = List.copyOf(error);
            t.progress = 1.0;
            t.finished = clock.instant();
        }
        events.changed("task", t.ref);
    }

    /** xapi's result encoding: the XML-RPC {@code <value>} of the result, {@code ""} for void. */
    private static String encode(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof Ref r ? r.value() : String.valueOf(value);
        return "<value>" + s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</value>";
    }

    /**
     * Drops the tasks that finished more than {@link #EXPIRY} ago, and the oldest finished ones past
     * {@link #MAX_KEPT}: a script making tasks all hour long does not fill the heap.
     */
    private void expire() {
        Instant limit = clock.instant().minus(EXPIRY);
        List<Ref> gone = new ArrayList<>();
        int[] over = {tasks.size() - MAX_KEPT};
        tasks.values().removeIf(t -> {
            boolean old = t.finished != null && (t.finished.isBefore(limit) || over[0] > 0);
            if (old) {
                gone.add(t.ref);
                over[0]--;
            }
            return old;
        });
        for (Ref r : gone) {
            events.deleted("task", r);
        }
    }

    /** @return the tasks now (not their records) */
    private synchronized List<Task> current() {
        expire();
        return new ArrayList<>(tasks.values());
    }

    /** @return a task's record as it is now */
    private synchronized Map<String, Object> recordNow(Task t) {
        return record(t);
    }

    private Map<String, Object> record(Task t) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", t.uuid);
        r.put("name_label", t.name);
        r.put("name_description", "");
        r.put("allowed_operations", t.status == Status.PENDING && t.cancellable ? List.of("cancel") : List.of());
        r.put("current_operations", Map.of());
        r.put("created", t.created);
        r.put("finished", t.finished != null ? t.finished : Instant.EPOCH);
        r.put("status", t.status.wire);
        r.put("resident_on", hostRef);
        r.put("progress", t.progress);
        r.put("type", "");
        r.put("result", t.result);
        r.put("error_info", t.errorInfo);
        r.put("other_config", t.otherConfig);
        r.put("subtask_of", Ref.NULL);
        r.put("subtasks", List.of());
        r.put("backtrace", "()");
        return r;
    }

    private Task resolve(Call c) throws XenApiException {
        String ref = c.string(1);
        synchronized (this) {
            expire();
            Task t = ref.isEmpty() ? null : tasks.get(Ref.of(ref));
            if (t == null) {
                throw ErrorCode.HANDLE_INVALID.exception("task", ref);
            }
            return t;
        }
    }

    private Task owned(Call c) throws XenApiException {
        Task t = resolve(c);
        if (!t.owner.equals(c.session().ref()) && !c.session().role().includes(Role.ADMIN)) {
            throw ErrorCode.PERMISSION_DENIED.exception(c.method().name());
        }
        return t;
    }

    /** Field readers of a task record, by name. */
    private Object field(Call c, String name) throws XenApiException {
        Task t = resolve(c);
        synchronized (this) {
            return record(t).get(name);
        }
    }

    /**
     * Registers {@code task.*}.
     *
     * @param registry where
     */
    public void register(ApiRegistry registry) {
        registry.register("task.get_all", Role.READ_ONLY, c -> {
            List<Task> all = current();
            return (StreamedSet) () -> all.stream().map(t -> t.ref).iterator();
        });
        // tasks live for an hour after they finish: a busy hour's are many, so their records are made one at a time
        registry.register("task.get_all_records", Role.READ_ONLY, c -> {
            List<Task> all = current();
            return (StreamedMap) () -> LazyIterator.map(all.iterator(), t -> Map.entry(t.ref.value(),
                    (Object) recordNow(t)));
        });
        registry.register("task.get_record", Role.READ_ONLY, c -> {
            Task t = resolve(c);
            synchronized (this) {
                return record(t);
            }
        }, "self");
        registry.register("task.get_by_uuid", Role.READ_ONLY, c -> {
            String uuid = c.string(1);
            synchronized (this) {
                expire();
                for (Task t : tasks.values()) {
                    if (t.uuid.equals(uuid)) {
                        return t.ref;
                    }
                }
            }
            throw ErrorCode.UUID_INVALID.exception("task", uuid);
        }, "uuid");
        registry.register("task.get_by_name_label", Role.READ_ONLY, c -> {
            String label = c.string(1);
            synchronized (this) {
                expire();
                return tasks.values().stream().filter(t -> t.name.equals(label)).map(t -> t.ref).toList();
            }
        }, "label");
        for (String f : List.of("uuid", "name_label", "name_description", "allowed_operations", "created",
                "finished", "status", "resident_on", "progress", "type", "result", "error_info", "other_config",
                "subtask_of", "subtasks", "backtrace")) {
            registry.register("task.get_" + f, Role.READ_ONLY, c -> field(c, f), "self");
        }
        registry.register("task.cancel", Role.READ_ONLY, c -> {
            Task t = owned(c);
            boolean changed;
            synchronized (this) {
                if (t.status == Status.CANCELLING) {
                    return null;
                }
                if (t.status != Status.PENDING) {
                    throw ErrorCode.OPERATION_NOT_ALLOWED.exception("task " + t.ref.value() + " is "
                            + t.status.wire + ", only a pending task can be cancelled");
                }
                if (!t.cancellable) {
                    throw ErrorCode.OPERATION_NOT_ALLOWED.exception("task " + t.ref.value() + " cannot be "
                            + "cancelled now: its operation has begun to change the host and runs to its end");
                }
                t.status = Status.CANCELLING;
                changed = true;
            }
            if (changed) {
                events.changed("task", t.ref);
            }
            return null;
        }, "task");
        registry.register("task.destroy", Role.READ_ONLY, c -> {
            Task t = owned(c);
            synchronized (this) {
                tasks.remove(t.ref);
            }
            events.deleted("task", t.ref);
            return null;
        }, "self");
    }

    /** Stops the pool; running operations finish or are abandoned with the JVM. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
