package org.rehabpath.dataprotection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The export as a plain, printable HTML document for the participant: one heading per part, each
 * part a table with column headers, no scripts, styles only inline, nothing loaded from elsewhere.
 * English, the language of the API.
 */
final class ExportPage {

  /** A table wider than this is shown a record at a time, field by field, so that it prints on A4. */
  private static final int WIDEST_TABLE = 6;

  private final StringBuilder html = new StringBuilder();

  private ExportPage() {}

  static String of(ParticipantExport.Export export) {
    return new ExportPage().render(export);
  }

  private String render(ParticipantExport.Export export) {
    String title = (export.clinicalRecord() ? "Clinical record held on case " : "Personal data held on case ")
        + export.caseReference();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(e(title)).append("</title>\n<style>body{font-family:sans-serif;margin:2em;line-height:1.4}"
            + "table{border-collapse:collapse;margin-bottom:1.5em}th,td{border:1px solid #444;padding:.25em .5em;"
            + "text-align:left;vertical-align:top}caption{text-align:left;font-weight:bold}"
            + "@media print{h2{page-break-before:auto}}</style>\n</head>\n<body>\n<main>\n<h1>")
        .append(e(title)).append("</h1>\n<p>Made on ").append(e(String.valueOf(export.madeAt())))
        .append(" by ").append(e(export.madeBy())).append(" for ").append(e(export.tenantId()))
        .append(". It holds every record the programme keeps on the participant")
        .append(export.clinicalRecord() ? " in the clinical record" : ", apart from the clinical record, which its clinicians give out")
        .append(".</p>\n");
    if (!export.clinicalRecord()) {
      html.append("<h2>Records</h2>\n");
      for (PersonalDataTables.TableRows table : export.tables()) {
        html.append("<h3>").append(e(readable(table.table()))).append("</h3>\n");
        if (table.rows().isEmpty()) {
          html.append("<p>None.</p>\n");
          continue;
        }
        List<String> columns = new ArrayList<>(table.rows().get(0).keySet());
        if (columns.size() <= WIDEST_TABLE) {
          table(columns.stream().map(ExportPage::readable).toList(),
              table.rows().stream().map(row -> columns.stream().map(row::get).toList()).toList());
          continue;
        }
        for (var row : table.rows()) {
          table(List.of("Field", "Value"), columns.stream().map(column -> List.of(readable(column), n(row.get(column)))).toList());
        }
      }
    }
    html.append("<h2>").append(export.clinicalRecord() ? "Clinical assessment" : "Case history").append("</h2>\n");
    for (ParticipantExport.Phase phase : export.phases()) {
      html.append("<h3>").append(e(phase.name())).append("</h3>\n<p>From ").append(e(String.valueOf(phase.started())))
          .append(phase.ended() == null ? ", under way" : " to " + e(String.valueOf(phase.ended()))).append(".</p>\n");
      if (!phase.tasks().isEmpty()) {
        html.append("<h4>Tasks</h4>\n");
        table(List.of("Task", "Assignee", "Created", "Ended"), phase.tasks().stream()
            .map(t -> List.<Object>of(n(t.name()), n(t.assignee()), n(t.created()), n(t.ended()))).toList());
      }
      if (!phase.variables().isEmpty()) {
        html.append("<h4>Recorded values</h4>\n");
        table(List.of("Name", "Type", "Value", "Recorded"), phase.variables().stream()
            .map(v -> List.<Object>of(v.name(), n(v.type()), n(v.value()), n(v.created()))).toList());
      }
      for (ParticipantExport.Decision decision : phase.decisions()) {
        html.append("<h4>Decision: ").append(e(decision.name())).append("</h4>\n");
        List<List<Object>> rows = new ArrayList<>();
        decision.inputs().forEach((name, value) -> rows.add(List.of("input", n(name), n(value))));
        decision.outputs().forEach((name, value) -> rows.add(List.of("output", n(name), n(value))));
        table(List.of("", "Name", "Value"), rows);
      }
    }
    return html.append("</main>\n</body>\n</html>\n").toString();
  }

  private void table(List<String> headers, List<? extends List<?>> rows) {
    html.append("<table>\n<thead><tr>");
    headers.forEach(header -> html.append("<th scope=\"col\">").append(e(header)).append("</th>"));
    html.append("</tr></thead>\n<tbody>\n");
    for (List<?> row : rows) {
      html.append("<tr>");
      row.forEach(cell -> html.append("<td>").append(cell == null ? "" : e(String.valueOf(cell))).append("</td>"));
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  /** "work_grant_payment" as "Work grant payment". */
  private static String readable(String name) {
    String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static Object n(Object value) {
    return value == null ? "" : value;
  }

  private static String e(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text);
  }
}
