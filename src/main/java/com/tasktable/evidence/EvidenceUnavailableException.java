package com.tasktable.evidence;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The evidence store did not answer (object storage down, a volume unmounted): the screen
 * shows the friendly 503 page, and the cause goes to the log only.
 */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class EvidenceUnavailableException extends RuntimeException {

	EvidenceUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
