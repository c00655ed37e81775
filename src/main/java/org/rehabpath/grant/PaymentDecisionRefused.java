package org.rehabpath.grant;

import org.rehabpath.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.rehabpath.web.MessageText;

/**
 * A payment decision or correction that is not made, saying why, with the field at fault: in Tasklist
 * the message appears at that field; over the API it is the problem's detail. Nothing is recorded.
 */
public class PaymentDecisionRefused extends ApiProblemException {

  /** Why: the status the API answers with. */
  public enum Reason {
    INVALID(HttpStatus.BAD_REQUEST, "Payment decision not valid"),
    FOUR_EYES(HttpStatus.FORBIDDEN, "Another programme manager approves this"),
    CONFLICT(HttpStatus.CONFLICT, "Payment decision conflicts with the ledger");

    final HttpStatus status;
    final String title;

    Reason(HttpStatus status, String title) {
      this.status = status;
      this.title = title;
    }
  }

  private final Reason reason;
  private final String field;
  private final transient MessageText text;

  /** Over the API only: the message in English. */
  public PaymentDecisionRefused(Reason reason, String field, String message) {
    super(message);
    this.reason = reason;
    this.field = field;
    this.text = null;
  }

  /** A refusal staff may meet in Tasklist: the message is the text's English, the API's detail too. */
  public PaymentDecisionRefused(Reason reason, String field, MessageText text) {
    super(text.english());
    this.reason = reason;
    this.field = field;
    this.text = text;
  }

  /** The text to show at the field in the reader's language; null for a refusal of the API only. */
  public MessageText text() {
    return text;
  }

  public String field() {
    return field;
  }

  @Override
  public ProblemDetail problem() {
    ProblemDetail problem = reason == Reason.INVALID ? invalidField(field) : problem(reason.status, reason.title);
    problem.setProperty("field", field);
    return problem;
  }
}
