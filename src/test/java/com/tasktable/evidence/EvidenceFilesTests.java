package com.tasktable.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The module on its own: checks, keys, thumbnails and the local disk storage. */
class EvidenceFilesTests {

	@TempDir
	Path directory;

	private EvidenceFiles files() {
		var properties = new EvidenceProperties(EvidenceProperties.Storage.LOCAL, this.directory,
				DataSize.ofMegabytes(1), 2);
		return new EvidenceFiles(new LocalDiskStorage(properties), properties);
	}

	@Test
	void anImageIsStoredUnderAServerKeyWithItsDigestAndAThumbnail() throws Exception {
		var stored = files().store(new Upload("../现场.png", EvidenceSamples.png()));
		assertThat(stored.storageKey()).matches(EvidenceStorage.KEY);
		assertThat(stored.thumbnailKey()).isEqualTo(stored.storageKey() + ".thumb");
		assertThat(stored.fileName()).isEqualTo("现场.png");
		assertThat(stored.type()).isEqualTo(FileType.PNG);
		assertThat(stored.sha256()).isEqualTo(EvidenceFiles.sha256(EvidenceSamples.png()));
		var path = this.directory.resolve(stored.storageKey().substring(0, 2)).resolve(stored.storageKey());
		assertThat(Files.readAllBytes(path)).isEqualTo(EvidenceSamples.png());
		assertThat(files().open(stored.thumbnailKey()).getInputStream().readNBytes(3)).containsExactly(0xFF, 0xD8,
				0xFF);

		files().delete(stored);
		assertThat(path).doesNotExist();
	}

	@Test
	void onlyKeysTheServerMakesCanBeOpened() {
		assertThatIllegalArgumentException().isThrownBy(() -> files().open("../../etc/passwd"));
		assertThatIllegalArgumentException().isThrownBy(() -> files().open(null));
	}

	@Test
	void countSizeAndTypeAreCheckedBeforeAnythingIsWritten() {
		var violations = files().check(List.of(new Upload("a.pdf", new byte[0]),
				new Upload("b.pdf", new byte[2 * 1024 * 1024]), new Upload("c.pdf", EvidenceSamples.executable())), 0);
		assertThat(violations).extracting((v) -> v.code())
			.containsExactly("evidence.error.tooMany", "evidence.error.empty", "evidence.error.tooLarge",
					"evidence.error.type");
		assertThat(this.directory).isEmptyDirectory();
	}

}
