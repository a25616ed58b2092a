package org.practicesearch.cli.serve;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection that has not sent a complete request head some time after it opened (a client that
 * trickles its headers byte by byte, which the idle timeout alone would let stay for ever). Jetty reads
 * headers without a worker thread, so such a client never blocks others; this bounds what it holds.
 */
final class HeaderDeadline implements Connection.Listener {
  private final Scheduler scheduler;
  private final long millis;

  HeaderDeadline(Scheduler scheduler, Duration timeout) {
    this.scheduler = scheduler;
    this.millis = timeout.toMillis();
  }

  @Override
  public void onOpened(Connection connection) {
    scheduler.schedule(() -> {
      if (connection.getMessagesIn() == 0 && connection.getEndPoint().isOpen()) {
        connection.getEndPoint().close();
      }
    }, millis, TimeUnit.MILLISECONDS);
  }
}
