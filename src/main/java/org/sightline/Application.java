package org.sightline;

import org.sightline.person.linkage.LinkageCli;
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
		// Batch person linkage runs from the same jar without starting Spring or the database.
		if (args.length > 0 && (args[0].equals("link") || args[0].equals("evaluate"))) {
			System.exit(LinkageCli.run(args, System.out, System.err));
		}
		// The audit log's hash chain is checked without starting the application.
		if (args.length > 0 && args[0].equals("audit-verify")) {
			System.exit(AuditVerifyCommand.run(args, System.out, System.err));
		}
		// The demand read model, rebuilt from the operational records without the web server.
		if (args.length > 0 && args[0].equals("demand-rebuild")) {
			System.exit(DemandRebuildCommand.run(args, System.out, System.err));
		}
		// An invented force, generated into the database without the web server.
		if (args.length > 0 && args[0].equals("demo-force")) {
			System.exit(DemoForceCommand.run(args, System.out, System.err));
		}
		SpringApplication.run(Application.class, args);
	}
}
