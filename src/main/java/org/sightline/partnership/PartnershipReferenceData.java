package org.sightline.partnership;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

import org.sightline.partnership.internal.PartnerAgencyDefaults;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reference data on first start: a default partner agency for each agency code that has none,
 * and the national Right Care, Right Person agreement in force when no agreement exists. This is
 * not demo data: a production installation needs both. What administrators changed is never
 * overwritten.
 */
@Component
@Order(10)
class PartnershipReferenceData implements ApplicationRunner {

	private final PartnerAgencies agencies;
	private final PartnershipAgreements agreements;
	private final Clock clock;

	PartnershipReferenceData(PartnerAgencies agencies, PartnershipAgreements agreements, Clock clock) {
		this.agencies = agencies;
		this.agreements = agreements;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		agencies.seedIfAbsent(PartnerAgencyDefaults.bundled(Instant.now(clock)));
		agreements.publishNationalIfNoneExists(nationalYaml());
	}

	static String nationalYaml() {
		try (InputStream in = PartnershipReferenceData.class.getClassLoader()
			.getResourceAsStream(AgreementYaml.NATIONAL_RCRP)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + AgreementYaml.NATIONAL_RCRP);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
