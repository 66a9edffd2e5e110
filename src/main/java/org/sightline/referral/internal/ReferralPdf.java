package org.sightline.referral.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.sightline.referral.ReferralView;
import org.sightline.referral.SharedContent;
import org.sightline.referral.SharedContent.SharedPerson;
import org.sightline.referral.SharedContent.SharedToolResult;
import org.springframework.stereotype.Component;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A referral as a PDF, for an agency that is not on the system: what we refer and why, on which
 * lawful basis, exactly which items were shared (and nothing else), and how to reply.
 * <p>
 * Accessibility within what OpenPDF 2.0.5 offers: the document title (shown instead of the file
 * name) and language are set, every heading is a bookmark, the text is real text in one column in
 * reading order, and the font is embedded with Unicode mappings so names such as "Łukasz" survive
 * copying and screen readers. OpenPDF cannot tag paragraphs and headings automatically, so the file
 * is not marked as tagged: claiming tags it does not have would mislead assistive technology.
 */
@Component
public class ReferralPdf {

	/** The Unicode sans-serif font OpenPDF ships (SIL Open Font Licence); the standard 14 fonts lack ł, ś, ő… */
	private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

	private static final Color TEXT = new Color(0x0b, 0x0c, 0x0c);

	private static final Color SECONDARY = new Color(0x50, 0x5a, 0x5f);

	private final ExportLabels labels = new ExportLabels();

	/**
	 * Renders the referral.
	 * @param referral the referral; its content is limited to its {@code dataItems} again here
	 * @param forceName the sending force, e.g. "Demo Constabulary"
	 * @param zone the zone dates are shown in (Europe/London for forces in England and Wales)
	 * @return the PDF file
	 */
	public byte[] render(ReferralView referral, String forceName, ZoneId zone) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 56, 56, 72, 72);
		try {
			var fonts = new Fonts();
			PdfWriter writer = PdfWriter.getInstance(document, out);
			writer.setPdfVersion(PdfWriter.VERSION_1_7);
			writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
			writer.setPageEvent(new MarkingAndPageNumbers(fonts.regular, referral.reference()));
			String title = labels.text("export.title") + " " + referral.reference();
			document.addTitle(title);
			document.addSubject(labels.text("export.fromTo", forceName, labels.agency(referral.receivingAgency())));
			document.addAuthor(forceName);
			document.addCreator("Sightline");
			writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));
			document.open();
			new Writing(document, writer, fonts, zone).referral(referral, forceName);
			document.close();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("Could not render referral " + referral.reference() + " as a PDF", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** One document's fonts: an embedded font belongs to one writer. */
	private static final class Fonts {

		final BaseFont regular;

		final Font title;

		final Font heading;

		final Font subheading;

		final Font body;

		final Font label;

		final Font small;

		Fonts() throws IOException {
			regular = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			title = new Font(regular, 22, Font.BOLD, TEXT);
			heading = new Font(regular, 15, Font.BOLD, TEXT);
			subheading = new Font(regular, 12, Font.BOLD, TEXT);
			body = new Font(regular, 11, Font.NORMAL, TEXT);
			label = new Font(regular, 11, Font.BOLD, TEXT);
			small = new Font(regular, 9, Font.NORMAL, SECONDARY);
		}
	}

	/** Writes the body of one document, top to bottom in reading order. */
	private final class Writing {

		private final Document document;

		private final PdfWriter writer;

		private final Fonts fonts;

		private final DateTimeFormatter dateTime;

		Writing(Document document, PdfWriter writer, Fonts fonts, ZoneId zone) {
			this.document = document;
			this.writer = writer;
			this.fonts = fonts;
			this.dateTime = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(zone);
		}

		void referral(ReferralView referral, String forceName) throws DocumentException {
			String agency = labels.agency(referral.receivingAgency());
			heading(labels.text("export.title"), fonts.title, 0);
			add(new Paragraph(labels.text("export.fromTo", forceName, agency), fonts.body));
			add(small(labels.text("export.handling", forceName)));

			heading(labels.text("export.section.referral"), fonts.heading, 1);
			field("export.reference", referral.reference());
			field("export.receivingAgency", agency);
			field("export.status", labels.status(referral.status()));
			field("export.sent", referral.sentAt() == null ? labels.text("export.sent.notYet") : when(referral.sentAt()));
			field("export.ackBy", whenOrNotSet(referral.ackDueAt()));
			field("export.decideBy", whenOrNotSet(referral.decisionDueAt()));

			heading(labels.text("export.section.why"), fonts.heading, 1);
			field("export.reason", referral.reason());
			field("export.riskSummary", referral.riskSummary());

			heading(labels.text("export.section.basis"), fonts.heading, 1);
			field("export.lawfulBasis", referral.lawfulBasis() == null ? null : labels.lawfulBasis(referral.lawfulBasis()));
			field("export.consent", referral.consentStatus() == null ? null : labels.consent(referral.consentStatus()));
			field("export.rationale", referral.consentRationale());

			heading(labels.text("export.section.items"), fonts.heading, 1);
			if (referral.dataItems().isEmpty()) {
				add(new Paragraph(labels.text("export.items.none"), fonts.body));
			}
			else {
				add(new Paragraph(labels.text("export.items.intro"), fonts.body));
				list(referral.dataItems().stream().map(labels::item).toList());
			}

			SharedContent shared = OnlySharedItems.of(referral);
			encounter(shared);
			people(shared.people());
			tools(shared.toolResults());
			reply(referral, forceName);
		}

		private void encounter(SharedContent shared) throws DocumentException {
			if (shared.situation() == null && shared.occurredAt() == null && shared.location() == null
					&& shared.narrative() == null && shared.responseGrade() == null) {
				return;
			}
			heading(labels.text("export.section.encounter"), fonts.heading, 1);
			field("export.situation", shared.situation() == null ? null : labels.situation(shared.situation()));
			field("export.occurredAt", shared.occurredAt() == null ? null : when(shared.occurredAt()));
			field("export.location", shared.location());
			field("export.narrative", shared.narrative());
			field("export.responseGrade", shared.responseGrade());
		}

		private void people(List<SharedPerson> people) throws DocumentException {
			if (people.isEmpty()) {
				return;
			}
			heading(labels.text("export.section.people"), fonts.heading, 1);
			int number = 1;
			for (SharedPerson person : people) {
				heading(labels.text("export.person", number++, labels.role(person.role())), fonts.subheading, 2);
				field("export.person.name", person.name());
				field("export.person.age",
						person.ageYears() == null ? null : labels.text("export.person.age.years", person.ageYears()));
				listField("export.person.vulnerabilities", person.vulnerabilities());
				listField("export.person.barriers", person.barriers());
				listField("export.person.communicationNeeds", person.communicationNeeds());
				listField("export.person.adjustments", person.adjustments());
				field("export.person.voice", person.voice());
				field("export.person.riskLevel", person.riskLevel());
			}
		}

		private void tools(List<SharedToolResult> results) throws DocumentException {
			if (results.isEmpty()) {
				return;
			}
			heading(labels.text("export.section.tools"), fonts.heading, 1);
			list(results.stream()
				.map(r -> labels.text("export.tool", r.tool(), r.toolVersion(), r.yesAnswers(), r.questions(), r.level()))
				.toList());
		}

		private void reply(ReferralView referral, String forceName) throws DocumentException {
			heading(labels.text("export.section.reply"), fonts.heading, 1);
			add(new Paragraph(labels.text("export.reply.reference", referral.reference()), fonts.label));
			add(new Paragraph(labels.text("export.reply.hub", forceName, whenOrNotSet(referral.ackDueAt()),
					whenOrNotSet(referral.decisionDueAt())), fonts.body));
			add(new Paragraph(labels.text("export.reply.urgent"), fonts.body));
		}

		/**
		 * A heading, also a bookmark at its level so readers can jump between sections. Not kept
		 * together with OpenPDF's keepTogether: that moves the text into a table written out of
		 * reading order. A heading near the foot of a page starts a new page instead.
		 */
		private void heading(String text, Font font, int level) throws DocumentException {
			if (level > 0 && writer.getVerticalPosition(false) - document.bottom() < 90) {
				document.newPage();
			}
			var chunk = new Chunk(text, font);
			chunk.setGenericTag(level + "|" + text);
			var paragraph = new Paragraph(chunk);
			paragraph.setSpacingBefore(level == 0 ? 0 : 14);
			paragraph.setSpacingAfter(6);
			add(paragraph);
		}

		/** "Label: value" as one paragraph; nothing at all when the value is absent. */
		private void field(String labelKey, String value) throws DocumentException {
			if (value == null || value.isBlank()) {
				return;
			}
			var paragraph = new Paragraph();
			paragraph.setFont(fonts.body);
			paragraph.add(new Chunk(labels.text(labelKey) + ": ", fonts.label));
			paragraph.add(new Phrase(value, fonts.body));
			paragraph.setSpacingAfter(4);
			add(paragraph);
		}

		private void listField(String labelKey, List<String> values) throws DocumentException {
			if (values.isEmpty()) {
				return;
			}
			add(new Paragraph(labels.text(labelKey) + ":", fonts.label));
			list(values);
		}

		/**
		 * A bulleted list as paragraphs with a hanging bullet: OpenPDF writes a List's bullets
		 * before all the text on the page, so a reader extracting text would get them out of order.
		 */
		private void list(List<String> items) throws DocumentException {
			for (String item : items) {
				var paragraph = new Paragraph("\u2022\u00a0\u00a0" + item, fonts.body);
				paragraph.setIndentationLeft(14);
				paragraph.setFirstLineIndent(-10);
				paragraph.setSpacingAfter(2);
				add(paragraph);
			}
		}

		private Paragraph small(String text) {
			var paragraph = new Paragraph(text, fonts.small);
			paragraph.setSpacingBefore(6);
			return paragraph;
		}

		private void add(Element element) throws DocumentException {
			document.add(element);
		}

		private String when(Instant instant) {
			return dateTime.format(instant);
		}

		private String whenOrNotSet(Instant instant) {
			return instant == null ? labels.text("export.notSet") : when(instant);
		}
	}

	/**
	 * The protective marking at the top and bottom of every page (Government Security
	 * Classifications), the reference and "Page n of N"; and a bookmark for every heading.
	 */
	private final class MarkingAndPageNumbers extends PdfPageEventHelper {

		private final BaseFont font;

		private final String reference;

		private final PdfOutline[] parents = new PdfOutline[3];

		private PdfTemplate total;

		MarkingAndPageNumbers(BaseFont font, String reference) {
			this.font = font;
			this.reference = reference;
		}

		@Override
		public void onOpenDocument(PdfWriter writer, Document document) {
			total = writer.getDirectContent().createTemplate(40, 12);
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			PdfContentByte canvas = writer.getDirectContent();
			Rectangle page = document.getPageSize();
			var markingFont = new Font(font, 10, Font.BOLD, TEXT);
			var footerFont = new Font(font, 9, Font.NORMAL, TEXT);
			var marking = new Phrase(labels.text("export.marking"), markingFont);
			float centre = (page.getLeft() + page.getRight()) / 2;
			ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, marking, centre, page.getTop() - 36, 0);
			ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, marking, centre, page.getBottom() + 24, 0);
			ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(reference, footerFont),
					document.left(), page.getBottom() + 40, 0);
			// "Page n of" now; " N" is a template filled in once the last page is known
			String pageOf = labels.text("export.page", writer.getPageNumber(), "").stripTrailing();
			float width = font.getWidthPoint(pageOf, 9);
			float x = document.right() - width - 20;
			ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(pageOf, footerFont), x, page.getBottom() + 40, 0);
			canvas.addTemplate(total, x + width, page.getBottom() + 40);
		}

		@Override
		public void onCloseDocument(PdfWriter writer, Document document) {
			total.beginText();
			total.setFontAndSize(font, 9);
			total.setColorFill(TEXT);
			total.setTextMatrix(0, 0);
			total.showText(" " + (writer.getPageNumber() - 1));
			total.endText();
		}

		@Override
		public void onGenericTag(PdfWriter writer, Document document, Rectangle where, String tag) {
			int bar = tag.indexOf('|');
			int level = Integer.parseInt(tag.substring(0, bar));
			String title = tag.substring(bar + 1);
			PdfOutline parent = level == 0 ? writer.getRootOutline() : parents[level - 1];
			if (parent == null) {
				parent = writer.getRootOutline();
			}
			var outline = new PdfOutline(parent, new PdfDestination(PdfDestination.XYZ, where.getLeft(), where.getTop() + 14, 0),
					title, level < 2);
			parents[level] = outline;
		}
	}
}
