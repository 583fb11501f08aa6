package com.tasktable.platform;

import jakarta.servlet.ServletException;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.junit.jupiter.api.Test;

import org.springframework.web.multipart.MaxUploadSizeExceededException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures the upload-limit filter turns into a 413 (the end-to-end check is
 * manual: see the closing note).
 */
class UploadLimitFilterTests {

	@Test
	void recognisesTheContainersSizeLimitsAnywhereInTheCauseChain() {
		var tomcat = new FileSizeLimitExceededException("too big", 30, 20);
		assertThat(UploadLimitFilter.isUploadLimit(new IllegalStateException(tomcat))).isTrue();
		assertThat(UploadLimitFilter.isUploadLimit(new ServletException(new MaxUploadSizeExceededException(20))))
			.isTrue();
		assertThat(UploadLimitFilter.isUploadLimit(new IllegalStateException("something else"))).isFalse();
	}

}
