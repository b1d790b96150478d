package de.berlin.sozwohn.wohnraumerhalt.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Every {@code /api} and {@code /engine-rest} call needs a valid engine user. */
@Configuration
public class SecurityConfiguration {

  @Bean
  public FilterRegistrationBean<EngineBasicAuthFilter> engineBasicAuthFilter(
      IdentityService identityService, org.camunda.bpm.engine.ProcessEngine processEngine) {
    var registration = new FilterRegistrationBean<>(
        new EngineBasicAuthFilter(identityService, processEngine.getName()));
    // health stays anonymous for load balancers and probes; everything else needs a login
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/actuator/metrics", "/actuator/metrics/*",
        "/actuator/info");
    registration.setName("engineBasicAuthFilter");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** After the login: the doors Camunda's REST API leaves open (EngineDoorGuard). */
  @Bean
  public FilterRegistrationBean<EngineDoorGuard> engineDoorGuard(IdentityService identityService,
      org.camunda.bpm.engine.ProcessEngine processEngine, EngineAuthority engineAuthority) {
    var registration = new FilterRegistrationBean<>(new EngineDoorGuard(identityService,
        processEngine.getTaskService(), processEngine.getRuntimeService(),
        processEngine.getHistoryService(), processEngine.getRepositoryService(),
        processEngine.getManagementService(), engineAuthority,
        processEngine.getName()));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setName("engineDoorGuard");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
