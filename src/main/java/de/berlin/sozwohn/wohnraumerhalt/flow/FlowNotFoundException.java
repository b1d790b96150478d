package de.berlin.sozwohn.wohnraumerhalt.flow;

/** The process instance asked for is unknown: neither recorded nor in Camunda's history (404). */
public class FlowNotFoundException extends RuntimeException {

  private final String processInstanceId;

  public FlowNotFoundException(String processInstanceId) {
    super("unknown process instance " + processInstanceId);
    this.processInstanceId = processInstanceId;
  }

  public String processInstanceId() {
    return processInstanceId;
  }
}
