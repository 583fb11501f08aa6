package com.tasktable.scoring;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scoring settings.
 *
 * @param lateCreditPercent what a period met late earns, out of the 100 a period met on
 * time earns (document 003 does not say; half by default)
 * @param pdfFont a CJK font for the bulletin's PDF (TrueType or OpenType, a collection
 * with {@code ,index}); Debian's fonts-noto-cjk by default
 */
@ConfigurationProperties("app.scoring")
public record ScoringProperties(@DefaultValue("50") int lateCreditPercent,
		@DefaultValue("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0") String pdfFont) {

	public ScoringProperties {
		if (lateCreditPercent < 0 || lateCreditPercent > 100) {
			throw new IllegalArgumentException("app.scoring.late-credit-percent must be 0..100: " + lateCreditPercent);
		}
	}

	/** The font file, without a collection index. */
	public Path pdfFontFile() {
		var comma = this.pdfFont.lastIndexOf(',');
		return Path.of((comma > 0 && this.pdfFont.substring(comma + 1).matches("\\d+"))
				? this.pdfFont.substring(0, comma) : this.pdfFont);
	}

}
