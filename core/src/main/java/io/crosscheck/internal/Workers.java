package io.crosscheck.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;

/** The worker threads of a run, shared by the stages and the report writer. */
public final class Workers {
  private Workers() {}

  /**
   * A pool of {@code threads} daemon worker threads, started as work arrives.
   *
   * @param threads how many threads at most
   * @return the pool; the caller shuts it down
   */
  public static ExecutorService pool(int threads) {
    return Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "crosscheck-worker");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Applies {@code work} to every item on {@code threads} threads and hands each result, with its
   * position, to {@code then} on the caller's thread in input order. Items are taken from {@code
   * items} as they are handed out, never more than {@code window} ahead of the result handed on,
   * which bounds what is held; one long item does not leave the other threads idle, as they go on
   * with the items after it. With one thread every item is worked on and handed on in turn.
   *
   * @param items the items, read on the caller's thread
   * @param threads how many threads work at once
   * @param window how many items may be in work or waiting at once
   * @param work what to do with one item, on a worker thread
   * @param then what to do with one result and its position, on the caller's thread
   * @param <T> the item type
   * @param <R> the result type
   */
  public static <T, R> void inOrder(Iterator<T> items, int threads, int window, Function<T, R> work,
      ObjIntConsumer<R> then) {
    if (threads <= 1) {
      for (int i = 0; items.hasNext(); i++) {
        then.accept(work.apply(items.next()), i);
      }
      return;
    }
    ExecutorService pool = pool(threads);
    try {
      Deque<Future<R>> inFlight = new ArrayDeque<>();
      for (int i = 0; ; i++) {
        while (inFlight.size() < window && items.hasNext()) {
          T item = items.next();
          inFlight.add(pool.submit(() -> work.apply(item)));
        }
        if (inFlight.isEmpty()) {
          return;
        }
        then.accept(inFlight.remove().get(), i);
      }
    } catch (InterruptedException e) {
      throw interrupted(e);
    } catch (ExecutionException e) {
      throw rethrown(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The exception to throw when the caller's thread is interrupted while it waits for a worker;
   * the thread's interrupt flag is set again.
   *
   * @param e the interruption
   * @return the exception to throw
   */
  public static IllegalStateException interrupted(InterruptedException e) {
    Thread.currentThread().interrupt();
    return new IllegalStateException("interrupted while analysing", e);
  }

  /**
   * A worker's failure as the caller's: an error or runtime exception as thrown, anything else wrapped.
   *
   * @param e the failure as the future reports it
   * @return the exception to throw (an error is thrown here)
   */
  public static RuntimeException rethrown(ExecutionException e) {
    if (e.getCause() instanceof Error err) {
      throw err;
    }
    return e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
  }
}
