package org.sightline.partnership.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.sightline.shared.Violations;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page to import or edit an agreement: YAML pasted into the text area, or a .yml file. A file,
 * when chosen, wins; its text is put in the text area, so that after an error the administrator
 * can fix it on the page.
 */
public class AgreementYamlForm {

	static final long MAX_FILE_BYTES = 500_000;

	private String yaml;
	private MultipartFile file;

	static AgreementYamlForm of(String yaml) {
		var form = new AgreementYamlForm();
		form.yaml = yaml;
		return form;
	}

	/** The YAML to import, with problems reading the file (if one was chosen) in {@code problems}. */
	String text(Violations problems) {
		if (file != null && !file.isEmpty()) {
			String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase();
			if (!name.endsWith(".yml") && !name.endsWith(".yaml")) {
				problems.add("file", "The selected file must be a .yml or .yaml file");
			}
			else if (file.getSize() > MAX_FILE_BYTES) {
				problems.add("file", "The selected file must be smaller than 500 KB");
			}
			else {
				try {
					yaml = StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPORT)
						.decode(ByteBuffer.wrap(file.getBytes()))
						.toString();
				}
				catch (CharacterCodingException e) {
					problems.add("file", "The selected file must be text in UTF-8");
				}
				catch (IOException e) {
					problems.add("file", "The selected file could not be read: choose it again");
				}
			}
		}
		return yaml;
	}

	public String getYaml() {
		return yaml;
	}

	public void setYaml(String yaml) {
		this.yaml = yaml;
	}

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}
}
