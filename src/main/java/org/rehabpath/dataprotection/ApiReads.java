package org.rehabpath.dataprotection;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rehabpath.security.ClinicalRecords;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.ReadsPersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Logs every successful answer of a method marked {@link ReadsPersonalData}, just before its body is
 * written: a refusal never reaches here (it is an exception, answered by the problem handler), and if
 * the log cannot be written the answer is not sent either (503, see {@link ReadNotLoggedException}).
 */
@RestControllerAdvice(basePackages = "org.rehabpath")
class ApiReads implements ResponseBodyAdvice<Object> {

  private static final Logger log = LoggerFactory.getLogger(ApiReads.class);

  private final ReadLog readLog;
  private final CaseTenants cases;
  private final CurrentUser currentUser;

  ApiReads(ReadLog readLog, CaseTenants cases, CurrentUser currentUser) {
    this.readLog = readLog;
    this.cases = cases;
    this.currentUser = currentUser;
  }

  @Override
  public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return returnType.hasMethodAnnotation(ReadsPersonalData.class);
  }

  @Override
  public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
    if (response instanceof ServletServerHttpResponse servlet && servlet.getServletResponse().getStatus() >= 300) {
      return body;
    }
    ReadsPersonalData read = returnType.getMethodAnnotation(ReadsPersonalData.class);
    try {
      readLog.record(currentUser.id(), ReadLog.Channel.API, reads(read, body, request));
    } catch (RuntimeException e) {
      log.error("A read of {} could not be logged; the answer was withheld", read.value(), e);
      throw new ReadNotLoggedException(e);
    }
    return body;
  }

  private List<ReadLog.Read> reads(ReadsPersonalData read, Object body, ServerHttpRequest request) {
    List<ReadLog.Read> reads = new ArrayList<>();
    if (read.casesInAnswer() && body instanceof String csv) {
      casesInCsv(csv, reads, read);
    } else if (read.casesInAnswer()) {
      casesIn(body, 0, reads, read);
    } else {
      String caseReference = pathCase(request);
      if (caseReference != null) {
        cases.siteOf(caseReference).ifPresent(site -> reads.add(new ReadLog.Read(caseReference,
            read.clinical() ? ClinicalRecords.tenantOf(site) : site, read.value())));
      }
    }
    return reads;
  }

  private static String pathCase(ServerHttpRequest request) {
    if (request instanceof ServletServerHttpRequest servlet
        && servlet.getServletRequest().getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
        && variables.get("caseReference") instanceof String caseReference) {
      return caseReference;
    }
    return null;
  }

  /**
   * The cases a CSV answer names: under a header row with {@code case_reference} (the ledger) or
   * {@code participant_reference} (a decision's annex), each row's case, in the site of the row's
   * {@code service_site} column, or of the one an earlier block named (the annex's decision). The
   * annex's closing {@code total} row names no case.
   */
  private static void casesInCsv(String csv, List<ReadLog.Read> reads, ReadsPersonalData read) {
    int caseColumn = -1;
    int siteColumn = -1;
    boolean siteHeader = false;
    String site = null;
    try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(csv))) {
      for (CSVRecord row : parser) {
        List<String> cells = row.toList();
        if (cells.contains("case_reference") || cells.contains("participant_reference")) {
          caseColumn = cells.contains("case_reference") ? cells.indexOf("case_reference") : cells.indexOf("participant_reference");
          siteColumn = cells.indexOf("service_site");
          continue;
        }
        if (cells.contains("service_site")) {
          siteHeader = true;
          siteColumn = cells.indexOf("service_site");
          caseColumn = -1;
          continue;
        }
        if (siteHeader && caseColumn < 0 && siteColumn >= 0 && siteColumn < cells.size()) {
          site = spreadsheetText(cells.get(siteColumn));
          siteHeader = false;
          continue;
        }
        if (caseColumn < 0 || caseColumn >= cells.size() || cells.get(caseColumn).equals("total")) {
          continue;
        }
        String rowSite = siteColumn >= 0 && siteColumn < cells.size() ? spreadsheetText(cells.get(siteColumn)) : site;
        if (rowSite != null && !cells.get(caseColumn).isBlank()) {
          reads.add(new ReadLog.Read(spreadsheetText(cells.get(caseColumn)),
              read.clinical() ? ClinicalRecords.tenantOf(rowSite) : rowSite, read.value()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A cell as the project wrote it, without the apostrophe that keeps a spreadsheet from reading a formula. */
  private static String spreadsheetText(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }

  /** The cases an answer names: records with a case reference and a service site, in lists or nested records. */
  private static void casesIn(Object value, int depth, List<ReadLog.Read> reads, ReadsPersonalData read) {
    if (value == null || depth > 3) {
      return;
    }
    if (value instanceof Collection<?> elements) {
      elements.forEach(element -> casesIn(element, depth + 1, reads, read));
      return;
    }
    if (!value.getClass().isRecord()) {
      return;
    }
    String caseReference = null;
    String serviceSite = null;
    List<?> members = List.of();
    for (RecordComponent component : value.getClass().getRecordComponents()) {
      Object part;
      try {
        part = component.getAccessor().invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot read " + component, e);
      }
      switch (component.getName()) {
        case "caseReference" -> caseReference = part instanceof String s ? s : null;
        case "serviceSite" -> serviceSite = part instanceof String s ? s : null;
        // A group activity's members, by case reference, with their attendance.
        case "members" -> members = part instanceof List<?> list ? list : List.of();
        default -> casesIn(part, depth + 1, reads, read);
      }
    }
    if (serviceSite == null) {
      return;
    }
    String tenant = read.clinical() ? ClinicalRecords.tenantOf(serviceSite) : serviceSite;
    if (caseReference != null) {
      reads.add(new ReadLog.Read(caseReference, tenant, read.value()));
    }
    for (Object member : members) {
      if (member instanceof String memberCase) {
        reads.add(new ReadLog.Read(memberCase, tenant, read.value()));
      }
    }
  }
}
