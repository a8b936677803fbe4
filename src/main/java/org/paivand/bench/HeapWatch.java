package org.paivand.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap of this JVM during one measurement; in local mode the driver and the executors are this JVM, so it covers
 * both. Two figures: the highest heap in use seen by a sampler every 10 ms (garbage included, so it follows -Xmx and the
 * collector as much as the job), and the highest heap in use right after a collection (GC MXBean notifications): the
 * live data, the figure that shows whether memory grows with the corpus. DuckDB works in native memory, outside both.
 */
final class HeapWatch implements AutoCloseable {
  private static final long SAMPLE_MILLIS = 10;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::onCollection;
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile long peakUsed;
  private volatile long peakAfterCollection;

  HeapWatch() {
    peakUsed = memory.getHeapMemoryUsage().getUsed();
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
    sampler = new Thread(this::sample, "paivand-bench-heap");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts from a collected heap, so that one measurement's garbage is not charged to the next. */
  static HeapWatch afterCollection() {
    System.gc();
    return new HeapWatch();
  }

  long peakUsedBytes() {
    return peakUsed;
  }

  long peakAfterCollectionBytes() {
    return peakAfterCollection;
  }

  private void sample() {
    while (running) {
      long used = memory.getHeapMemoryUsage().getUsed();
      if (used > peakUsed) {
        peakUsed = used;
      }
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void onCollection(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long after = 0;
    long before = 0;
    for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      after += pool.getValue().getUsed();
    }
    for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
      before += pool.getValue().getUsed();
    }
    synchronized (this) {
      peakAfterCollection = Math.max(peakAfterCollection, after);
      peakUsed = Math.max(peakUsed, before);
    }
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (javax.management.ListenerNotFoundException e) {
        // already gone: nothing to undo
      }
    }
  }
}
