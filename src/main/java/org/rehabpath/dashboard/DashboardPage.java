package org.rehabpath.dashboard;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rehabpath.routing.Pathway;
import org.rehabpath.routing.TargetGroup;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.CurrentUser.AccessRefusedException;
import org.rehabpath.security.DashboardSignIn;
import org.rehabpath.security.ServiceSites;
import org.rehabpath.security.UnknownServiceSiteException;
import org.rehabpath.web.ApiProblemException;
import org.rehabpath.web.InvalidPeriodException;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The programme dashboard as a page, read with the webapps' session ({@link DashboardSignIn}), with a
 * period picker and a log-out. A refusal is a page in plain words for a browser; a client asking for
 * JSON only gets the API's problem instead, from the API's handler.
 */
@Controller
@Hidden
class DashboardPage {

  /** The codes the charts count by (the API keeps them), in English words: the page looks them up ({@link DashboardView}). */
  static final java.util.Map<String, String> LABELS = java.util.stream.Stream.concat(
          java.util.Arrays.stream(Pathway.values()).map(pathway -> java.util.Map.entry(pathway.name(), pathway.label())),
          java.util.Arrays.stream(TargetGroup.values()).map(group -> java.util.Map.entry(group.name(), group.label())))
      .collect(java.util.stream.Collectors.toUnmodifiableMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));

  /** The period refusals of {@link ProgrammeDashboard} and {@link InvalidPeriodException}, to say them in the page's language. */
  private static final Pattern NOT_ORDERED = Pattern.compile("^'from' \\((\\S+)\\) is after 'to' \\((\\S+)\\)$");
  private static final Pattern TOO_LONG = Pattern.compile("^The dashboard shows at most (\\d+) months at a time$");

  private final ProgrammeDashboard dashboard;
  private final CurrentUser currentUser;
  private final ServiceSites serviceSites;
  private final MessageSource messages;

  DashboardPage(ProgrammeDashboard dashboard, CurrentUser currentUser, ServiceSites serviceSites, MessageSource messages) {
    this.messages = messages;
    this.dashboard = dashboard;
    this.currentUser = currentUser;
    this.serviceSites = serviceSites;
  }

  @GetMapping("/dashboard")
  String page(@RequestParam(required = false) String serviceSite, @RequestParam(required = false) YearMonth from,
      @RequestParam(required = false) YearMonth to, Model model, HttpServletRequest request, Locale locale) {
    var figures = dashboard.figures(blankIsNone(serviceSite), from, to);
    model.addAttribute("figures", figures);
    model.addAttribute("view", new DashboardView(figures, messages, locale));
    model.addAttribute("siteNames", serviceSites.names(figures.serviceSites()));
    model.addAttribute("serviceSite", blankIsNone(serviceSite));
    model.addAttribute("maxMonths", ProgrammeDashboard.MAX_MONTHS);
    model.addAttribute("logoutToken", DashboardSignIn.logoutToken(request));
    return "dashboard";
  }

  /**
   * What the page was refused for: a bad period or site (400), a site not the user's or a role that
   * may not read the dashboard (403).
   */
  @ExceptionHandler(value = ApiProblemException.class, produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView refused(ApiProblemException refusal, HttpServletRequest request, Locale locale) {
    ProblemDetail problem = refusal.problem();
    // A manager refused a site that is not theirs is told so, not that their role may not read it.
    boolean notAReader = refusal instanceof AccessRefusedException && !currentUser.inAnyGroup(ProgrammeDashboard.READERS);
    return problemPage(HttpStatus.valueOf(problem.getStatus()), detail(refusal, problem.getDetail(), notAReader, request, locale),
        notAReader, request);
  }

  @ExceptionHandler(value = MethodArgumentTypeMismatchException.class, produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView badParameter(MethodArgumentTypeMismatchException bad, HttpServletRequest request, Locale locale) {
    String expected = bad.getRequiredType() == YearMonth.class ? "a month such as 2026-03" : "another value";
    String key = bad.getRequiredType() == YearMonth.class ? "dashboard.refused.notAMonth" : "dashboard.refused.badValue";
    return problemPage(HttpStatus.BAD_REQUEST,
        text(key, locale, "'" + bad.getName() + "' must be " + expected + ".", bad.getName()), false, request);
  }

  /** The refusal's detail in the page's language where the page knows it, as the API says it otherwise. */
  private String detail(ApiProblemException refusal, String english, boolean notAReader, HttpServletRequest request, Locale locale) {
    String site = blankIsNone(request.getParameter("serviceSite"));
    if (notAReader) {
      return text("dashboard.refused.role", locale, english);
    }
    if (refusal instanceof AccessRefusedException && site != null) {
      return text("dashboard.refused.notOwnSite", locale, english, site);
    }
    if (refusal instanceof UnknownServiceSiteException && site != null) {
      return text("dashboard.refused.unknownSite", locale, english, site);
    }
    String message = String.valueOf(refusal.getMessage());
    Matcher order = NOT_ORDERED.matcher(message);
    if (refusal instanceof InvalidPeriodException && order.matches()) {
      return text("dashboard.refused.notOrdered", locale, english, order.group(1), order.group(2));
    }
    Matcher tooLong = TOO_LONG.matcher(message);
    if (refusal instanceof InvalidPeriodException && tooLong.matches()) {
      return text("dashboard.refused.tooLong", locale, english, tooLong.group(1));
    }
    return english;
  }

  private String text(String key, Locale locale, String english, Object... args) {
    try {
      return messages.getMessage(key, args, locale);
    } catch (NoSuchMessageException missing) {
      return english;
    }
  }

  private ModelAndView problemPage(HttpStatus status, String detail, boolean forbidden, HttpServletRequest request) {
    ModelAndView page = new ModelAndView("dashboard-refused", status);
    page.addObject("status", status.value());
    page.addObject("forbidden", forbidden);
    page.addObject("detail", detail);
    page.addObject("user", currentUser.id());
    page.addObject("maxMonths", ProgrammeDashboard.MAX_MONTHS);
    page.addObject("logoutToken", DashboardSignIn.logoutToken(request));
    return page;
  }

  private static String blankIsNone(String serviceSite) {
    return serviceSite == null || serviceSite.isBlank() ? null : serviceSite;
  }
}
