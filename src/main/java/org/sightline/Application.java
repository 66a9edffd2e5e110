package org.sightline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Sightline: helps police forces and their partners recognise, understand and respond to
 * vulnerability. Each top-level package below this one is an application module.
 */
@SpringBootApplication
@Modulithic(systemName = "Sightline", sharedModules = "shared")
public class Application {

	public static void main(String[] args) {
		SpringApplication.run(Application.class, args);
	}
}
