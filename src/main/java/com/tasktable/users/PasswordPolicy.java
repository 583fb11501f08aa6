package com.tasktable.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.tasktable.platform.Violation;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, not the account's
 * name, and not one of the common passwords in {@code users/common-passwords.txt}
 * (compared without case). Length beats rules about character classes, which make
 * passwords harder to remember and barely harder to guess.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	/**
	 * BCrypt reads at most 72 bytes of a password and Spring Security refuses a longer
	 * one (it threw, a 500, for 30 Chinese characters): UTF-8 takes three bytes a Chinese
	 * character, so 24 of them or 72 letters and digits.
	 */
	public static final int MAX_BYTES = 72;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("users/common-passwords.txt");
	}

	/**
	 * The rules {@code password} breaks, on {@code field}, each with the arguments its
	 * message needs; empty when it is acceptable.
	 */
	public List<Violation> check(String field, String username, String password) {
		List<Violation> broken = new ArrayList<>();
		if (password == null || password.length() < MIN_LENGTH) {
			broken.add(Violation.of(field, "password.tooShort", MIN_LENGTH));
			return broken;
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			broken.add(Violation.of(field, "password.tooLong", MAX_BYTES));
		}
		var lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower)) {
			broken.add(Violation.of(field, "password.common"));
		}
		if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
			broken.add(Violation.of(field, "password.containsUsername"));
		}
		return broken;
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>();
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::trim)
				.filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
