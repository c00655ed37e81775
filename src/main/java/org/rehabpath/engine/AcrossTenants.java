package org.rehabpath.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs engine calls from a delegate without the tenant check of the command it runs in, for the few
 * steps that act on a whole case, its clinical record included (holding and resuming a paused case).
 * A job runs in its own tenant's context, so the case's clinical record would be out of its reach.
 */
public final class AcrossTenants {

  private AcrossTenants() {}

  public static <T> T call(Supplier<T> call) {
    CommandContext context = Context.getCommandContext();
    if (context == null || !context.isTenantCheckEnabled()) {
      return call.get();
    }
    context.disableTenantCheck();
    try {
      return call.get();
    } finally {
      context.enableTenantCheck();
    }
  }
}
