package de.berlin.sozwohn.wohnraumerhalt.ppbe;

import org.springframework.http.HttpStatus;

/** A PPBE request that cannot be answered: bad parameter or no permission (German texts). */
public class PpbeRequestException extends RuntimeException {

  private final HttpStatus status;
  private final String title;
  private final String parameter;

  public PpbeRequestException(HttpStatus status, String title, String detail, String parameter) {
    super(detail);
    this.status = status;
    this.title = title;
    this.parameter = parameter;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The request parameter at fault, or null. */
  public String parameter() {
    return parameter;
  }
}
