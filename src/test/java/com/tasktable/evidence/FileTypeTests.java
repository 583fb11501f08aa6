package com.tasktable.evidence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Types come from the content, and the name must agree with it. */
class FileTypeTests {

	@Test
	void imagesPdfAndOfficeFilesAreRecognised() {
		assertThat(FileType.detect(EvidenceSamples.jpeg(), "现场照片.JPG")).contains(FileType.JPEG);
		assertThat(FileType.detect(EvidenceSamples.png(), "a.png")).contains(FileType.PNG);
		assertThat(FileType.detect(EvidenceSamples.pdf(), "通报.pdf")).contains(FileType.PDF);
		assertThat(FileType.detect(EvidenceSamples.docx(), "稿件.docx")).contains(FileType.DOCX);
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0 };
		assertThat(FileType.detect(ole2, "台账.xls")).contains(FileType.XLS);
		assertThat(FileType.detect(ole2, "稿件.doc")).contains(FileType.DOC);
	}

	@Test
	void anExecutableRenamedPdfIsRefused() {
		assertThat(FileType.detect(EvidenceSamples.executable(), "report.pdf")).isEmpty();
	}

	@Test
	void markupThatCanCarryScriptIsRefused() {
		assertThat(FileType.detect(EvidenceSamples.svgWithScript(), "logo.svg")).isEmpty();
		assertThat(FileType.detect(EvidenceSamples.html(), "page.html")).isEmpty();
		assertThat(FileType.detect(EvidenceSamples.html(), "page.pdf")).isEmpty();
	}

	@Test
	void aNameThatLiesAboutTheContentIsRefused() {
		assertThat(FileType.detect(EvidenceSamples.png(), "photo.pdf")).isEmpty();
		assertThat(FileType.detect(EvidenceSamples.pdf(), "report")).isEmpty();
	}

	@Test
	void anArbitraryZipIsNotAnOfficeFile() {
		assertThat(FileType.detect(EvidenceSamples.plainZip(), "data.docx")).isEmpty();
		assertThat(FileType.detect(EvidenceSamples.plainZip(), "data.zip")).isEmpty();
	}

	@Test
	void uploadNamesLoseAnyPath() {
		assertThat(new Upload("../../etc/passwd", new byte[0]).safeName()).isEqualTo("passwd");
		assertThat(new Upload("C:\\照片\\会场.jpg", new byte[0]).safeName()).isEqualTo("会场.jpg");
		assertThat(new Upload("   ", new byte[0]).safeName()).isEqualTo("file");
	}

}
