package com.tasktable.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.tasktable.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role's main pages, in Chinese and in English, checked by axe-core against WCAG
 * 2.1 A and AA (no violation allowed), and for width: no page's document is wider than a
 * 390 px phone or a 1280 px screen. The whole list of problems is printed on failure.
 * <p>
 * A page that several roles open (the same path, the same template) is checked by the
 * first of them in each language; each role's home page and navigation are checked for
 * every role. The class only reads, so it runs on a second thread beside the other tests
 * ({@code junit-platform.properties}), which leaves the run's time to the slowest lane.
 * It is the run's longest class, so it starts first ({@code @Order}), and its two
 * languages are two classes to the scheduler, so that the lane that finishes first takes
 * the other one.
 */
@Execution(ExecutionMode.CONCURRENT)
@Order(1)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class AccessibilityBrowserTests {

	private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final AxeRunOptions WCAG_VIOLATIONS = wcagViolations();

	private static final List<Integer> WIDTHS = List.of(1280, 390);

	/** The pages each demo account opens; {record} and {score} are found on the way. */
	private static final Map<String, List<String>> PAGES = Map.of("admin",
			List.of("/", "/dashboard", "/dashboard/trends", "/records", "{record}", "/rankings", "/bulletin",
					"/bulletins", "/audit", "/campaigns", "/admin/campaigns", "/admin/units", "/admin/users",
					"/admin/weights", "/account/password", "/account/tokens", "/records/999999"),
			"reviewer",
			List.of("/", "/dashboard", "/dashboard/trends", "/records", "{record}", "/review",
					"/review/approve-filtered?unit=nanning", "/rankings", "/bulletin", "/bulletins", "/audit",
					"/directives", "/account/password", "/records/999999"),
			"guangxi",
			List.of("/", "/records", "/records/new", "{record}", "/directives", "{score}", "/bulletins", "/campaigns",
					"/account/tokens"),
			"nanning", List.of("/", "/records", "/records/new", "{record}", "{score}", "/bulletins",
					"/account/password", "/records/999999"));

	@LocalServerPort
	int port;

	ChromeDriver browser;

	final List<String> problems = new ArrayList<>();

	/** The paths already checked, by language, across the roles' runs of this class. */
	static final Map<String, Set<String>> CHECKED = new ConcurrentHashMap<>();

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.start();
	}

	@AfterEach
	void closeBrowser() {
		Browser.release(this.browser);
	}

	/**
	 * The roles in Chinese; beside the English ones, each a class of its own to the
	 * scheduler.
	 */
	@Nested
	@Execution(ExecutionMode.CONCURRENT)
	class InChinese {

		@ParameterizedTest(name = "{0}")
		@ValueSource(strings = { "admin", "reviewer", "guangxi", "nanning" })
		void everyMainPageOfTheRolePassesWcagAaAndFitsThePhoneAndTheScreen(String username) {
			checkPagesOf(username, "zh-CN");
		}

	}

	/** The roles in English. */
	@Nested
	@Execution(ExecutionMode.CONCURRENT)
	class InEnglish {

		@ParameterizedTest(name = "{0}")
		@ValueSource(strings = { "admin", "reviewer", "guangxi", "nanning" })
		void everyMainPageOfTheRolePassesWcagAaAndFitsThePhoneAndTheScreen(String username) {
			checkPagesOf(username, "en");
		}

	}

	private void checkPagesOf(String username, String language) {
		var checked = CHECKED.computeIfAbsent(language, (l) -> ConcurrentHashMap.newKeySet());
		if (checked.add("/login")) {
			check("/login?lang=" + language);
		}
		else {
			open("/login?lang=" + language);
		}
		signIn(username);
		for (var page : PAGES.get(username)) {
			var path = switch (page) {
				case "{record}" -> firstLink("/records", "a[href*='/records/']", "/records/\\d+$");
				case "{score}" -> firstLink("/", "#app-nav a[href*='/scores/']", "/scores/[^/]+$");
				default -> page;
			};
			if (path.equals("/") || checked.add(path)) {
				check(path);
			}
		}
		assertThat(this.problems).as("accessibility and width problems of %s in %s", username, language).isEmpty();
	}

	private void signIn(String username) {
		Browser.signIn(this.browser, username);
		this.browser.findElement(By.id("account-menu"));
	}

	private void check(String path) {
		open(path);
		// the pages have no frames: axe runs in the page itself, without the blank window
		// its frame-by-frame mode opens and closes for every page; and it reports the
		// violations only, not the thousands of passing nodes (with a selector and an
		// HTML snippet each) that a large page such as the matrix would send back
		// a busy machine (CI beside other jobs) can take more than the default 30 s on
		// the
		// largest pages
		var results = new AxeBuilder().withOptions(WCAG_VIOLATIONS)
			.disableIframeTesting()
			.setLegacyMode(true)
			.setTimeout(180)
			.analyze(this.browser);
		for (Rule violation : results.getViolations()) {
			for (var node : violation.getNodes()) {
				this.problems.add("%s: %s (%s) at %s: %s".formatted(path, violation.getId(), violation.getImpact(),
						node.getTarget(), node.getFailureSummary()));
			}
		}
		for (var width : WIDTHS) {
			this.browser.manage().window().setSize(new Dimension(width, 1000));
			var overflow = (Long) this.browser
				.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
			if (overflow > 0) {
				this.problems.add("%s: %d px wider than the %d px window".formatted(path, overflow, width));
			}
		}
		this.browser.manage().window().setSize(new Dimension(WIDTHS.get(0), 1000));
	}

	private static AxeRunOptions wcagViolations() {
		var tags = new AxeRunOnlyOptions();
		tags.setType("tag");
		tags.setValues(WCAG);
		var options = new AxeRunOptions();
		options.setRunOnly(tags);
		options.setResultTypes(List.of("violations"));
		return options;
	}

	/** The first link on {@code page} whose path matches, for pages reached by an id. */
	private String firstLink(String page, String css, String pathPattern) {
		open(page);
		return this.browser.findElements(By.cssSelector(css))
			.stream()
			.map(link -> link.getDomAttribute("href"))
			.filter(href -> href != null && href.split("\\?")[0].matches(".*" + pathPattern))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no link like " + pathPattern + " on " + page));
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
