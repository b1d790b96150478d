package de.berlin.sozwohn.testnode;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The engine clock of a test node: {@code PUT /test-node/clock} with a Berlin local time as text
 * ({@code 2026-03-06T08:00}) moves it there; it keeps running from there (an offset to the system
 * clock, not a frozen time), so the job executor, lock expiry and retry delays behave as in
 * production. Unlike {@code POST /api/simulation/clock} it runs no jobs itself: the node's job
 * executor does, as it would in production. Test code only.
 */
@RestController
public class NodeClockController {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @PutMapping("/test-node/clock")
  public String move(@RequestBody String berlinTime) {
    return moveTo(berlinTime.strip());
  }

  @GetMapping("/test-node/clock")
  public String now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), BERLIN).toString();
  }

  static String moveTo(String berlinTime) {
    long target = LocalDateTime.parse(berlinTime).atZone(BERLIN).toInstant().toEpochMilli();
    ClockUtil.offset(target - System.currentTimeMillis());
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), BERLIN).toString();
  }
}
