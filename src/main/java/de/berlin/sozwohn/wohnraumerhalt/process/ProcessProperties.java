package de.berlin.sozwohn.wohnraumerhalt.process;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Process settings directly under {@code wohnraumerhalt.*}.
 *
 * @param followUpPeriod time from closing a case to the follow-up check ({@code FollowUp}), ISO-8601
 *     period, default {@code P12M}
 * @param baseUrl how links in mails reach the webapps (Tasklist deep link to a task)
 */
@ConfigurationProperties("wohnraumerhalt")
public record ProcessProperties(@DefaultValue("P12M") Period followUpPeriod,
    @DefaultValue("http://localhost:8080") String baseUrl) {}
