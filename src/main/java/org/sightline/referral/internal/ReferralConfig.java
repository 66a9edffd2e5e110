package org.sightline.referral.internal;

import java.time.ZoneId;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.sightline.referral.ReferralManagement;
import org.sightline.referral.ReferralSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReferralSettings.class)
public class ReferralConfig {

	@Bean
	WorkingDays workingDays(ReferralSettings settings, ResourceLoader resources, ZoneId displayZone) {
		String location = settings.bankHolidaysLocation();
		return new WorkingDays(StringUtils.hasText(location) ? ReferralSettings.bankHolidays(resources.getResource(location))
				: ReferralSettings.bundledBankHolidays(), displayZone);
	}

	/** Fires when a referral's acknowledgement or decision is due. */
	@Bean
	OneTimeTask<String> referralDueTask(ObjectProvider<ReferralManagement> referrals) {
		return Tasks.oneTime(ReferralManagement.DUE_TASK, String.class)
			.execute((instance, context) -> referrals.getObject().due(instance.getData()));
	}
}
