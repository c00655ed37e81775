package org.rehabpath.voice;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The participant's page at {@code /own-words/}, the address on the supervisor's form. */
@Configuration
class ParticipantPageRoutes implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/own-words", "/own-words/");
    registry.addViewController("/own-words/").setViewName("forward:/own-words/index.html");
  }
}
