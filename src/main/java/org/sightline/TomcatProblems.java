package org.sightline;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link ProblemErrorReportValve} in place of the error report valve Tomcat (and Boot) give
 * the host, so that what Tomcat refuses itself is a problem document too.
 */
@Configuration(proxyBeanMethods = false)
class TomcatProblems {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
		return factory -> factory.addContextCustomizers(context -> {
			if (!(context.getParent() instanceof StandardHost host)) {
				return;
			}
			// the host would add its own report valve when it starts, unless one of this class is there
			host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			// just before the host starts, once every customiser has run: Boot adds a plain report valve
			// (server.error.include-stacktrace=never) that would answer when this one does not
			host.addLifecycleListener(event -> {
				if (!Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
					return;
				}
				boolean present = false;
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ProblemErrorReportValve) {
						present = true;
					}
					else if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				if (!present) {
					host.getPipeline().addValve(new ProblemErrorReportValve());
				}
			});
		});
	}
}
