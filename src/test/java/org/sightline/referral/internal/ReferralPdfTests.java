package org.sightline.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.referral.ReferralStatus;
import org.sightline.referral.SharedContent;
import org.sightline.referral.SharedContent.SharedPerson;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.sightline.referral.SharedItem;

class ReferralPdfTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final ReferralPdf pdf = new ReferralPdf();

	@Test
	void thePdfContainsOnlyTheSharedItems() throws IOException {
		String text = text(pdf.render(ExampleReferrals.sharing(SharedItem.AGES, SharedItem.RISK), "Demo Constabulary", LONDON));

		assertThat(text).contains("34 years", "Risk level: High", "Police response grade: Grade 1");
		assertThat(text).doesNotContain(ExampleReferrals.VICTIM_NAME, ExampleReferrals.CHILD_NAME,
				ExampleReferrals.NARRATIVE, ExampleReferrals.LOCATION, ExampleReferrals.VOICE,
				ExampleReferrals.VULNERABILITY, ExampleReferrals.BARRIER, ExampleReferrals.COMMUNICATION_NEED,
				ExampleReferrals.ADJUSTMENT, "DASH (version");
	}

	@Test
	void everySharedItemAppearsInThePdf() throws IOException {
		String text = text(pdf.render(ExampleReferrals.sharingEverything(), "Demo Constabulary", LONDON));

		assertThat(text).contains(ExampleReferrals.VICTIM_NAME, ExampleReferrals.CHILD_NAME, ExampleReferrals.NARRATIVE,
				ExampleReferrals.LOCATION, ExampleReferrals.VOICE, ExampleReferrals.VULNERABILITY,
				ExampleReferrals.BARRIER, ExampleReferrals.COMMUNICATION_NEED, ExampleReferrals.ADJUSTMENT,
				"DASH (version 2009): 15 of 27 answers yes; High");
	}

	@Test
	void thePdfListsTheItemsSharedAndTheLawfulBasisAndConsent() throws IOException {
		String text = text(pdf.render(ExampleReferrals.sharing(SharedItem.NAMES, SharedItem.VOICE), "Demo Constabulary", LONDON));

		assertThat(text).contains("What we have shared", "Names", "The person’s own words and wishes",
				"Anything not listed was not shared");
		assertThat(text).doesNotContain("Barriers to disclosure", "Risk tool results");
		assertThat(text).contains("Data Protection Act 2018, Part 3", "The person consented to this referral",
				"we share the minimum the IDVA needs");
	}

	@Test
	void everyPageIsMarkedOfficialSensitiveAndNumbered() throws IOException {
		List<SharedPerson> many = new ArrayList<>(Collections.nCopies(12, ExampleReferrals.victim()));
		var content = new SharedContent(null, null, null, null, many, null, List.of());
		byte[] file = pdf.render(ExampleReferrals.referral(ReferralStatus.SENT, List.of(SharedItem.values()), content),
				"Demo Constabulary", LONDON);

		var reader = new PdfReader(file);
		int pages = reader.getNumberOfPages();
		assertThat(pages).isGreaterThan(1);
		var extractor = new PdfTextExtractor(reader);
		for (int page = 1; page <= pages; page++) {
			String text = extractor.getTextFromPage(page);
			assertThat(text).contains("OFFICIAL-SENSITIVE", ExampleReferrals.REFERENCE, "Page " + page + " of " + pages);
		}
	}

	@Test
	void datesAreShownInUkTime() throws IOException {
		String text = text(pdf.render(ExampleReferrals.sharing(), "Demo Constabulary", LONDON));

		// 13:05 UTC is 14:05 British Summer Time; 16:00 UTC is 17:00
		assertThat(text).contains("Sent: 1 July 2026 at 14:05", "Acknowledge by: 3 July 2026 at 17:00",
				"Accept or decline by: 8 July 2026 at 17:00");
	}

	@Test
	void theReaderIsToldHowToReplyQuotingTheReference() throws IOException {
		String text = text(pdf.render(ExampleReferrals.sharing(), "Demo Constabulary", LONDON));

		assertThat(text).contains("How to reply", "Quote reference REF-2026-000123 in every reply",
				"Reply to the Demo Constabulary safeguarding hub");
	}

	@Test
	void aDraftSaysItHasNotBeenSent() throws IOException {
		String text = text(pdf.render(ExampleReferrals.referral(ReferralStatus.DRAFT, List.of()), "Demo Constabulary", LONDON));

		assertThat(text).contains("Status: Draft", "Sent: Not sent yet", "No personal data items were shared");
	}

	@Test
	void theDocumentHasATitleALanguageAndBookmarksForItsHeadings() throws IOException {
		var reader = new PdfReader(pdf.render(ExampleReferrals.sharingEverything(), "Demo Constabulary", LONDON));

		assertThat(reader.getInfo()).containsEntry("Title", "Safeguarding referral REF-2026-000123");
		PdfDictionary catalog = reader.getCatalog();
		assertThat(((PdfString) catalog.get(PdfName.LANG)).toUnicodeString()).isEqualTo("en-GB");
		PdfDictionary preferences = catalog.getAsDict(PdfName.VIEWERPREFERENCES);
		assertThat(preferences.get(PdfName.DISPLAYDOCTITLE)).hasToString("true");
		assertThat(catalog.getAsDict(PdfName.OUTLINES)).isNotNull();
	}

	private static String text(byte[] file) throws IOException {
		var reader = new PdfReader(file);
		var extractor = new PdfTextExtractor(reader);
		var text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page)).append('\n');
		}
		// extraction breaks lines where the layout wrapped them
		return text.toString().replaceAll("\\s+", " ");
	}
}
