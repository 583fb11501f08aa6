package com.tasktable.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages (.ci/run installs chromium and chromium-driver
 * when missing). On a developer's machine without them the browser tests are skipped with
 * a message; in CI ({@code CI=true}, or {@code -Dbrowser.required=true} as .ci/run sets)
 * a missing browser fails the build instead of silently skipping the main user journeys.
 * <p>
 * A browser is lent, not started for each test: {@link #release} clears its cookies and
 * puts it back for the next test on a screen of the same size, and all of them are closed
 * when the test JVM ends. Starting Chromium and its driver for each of the run's
 * forty-odd browser tests cost more time than some of the tests themselves.
 */
final class Browser {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

	private static final Deque<ChromeDriver> DESKTOPS = new ConcurrentLinkedDeque<>();

	private static final Deque<ChromeDriver> PHONES = new ConcurrentLinkedDeque<>();

	private static final Set<ChromeDriver> STARTED_PHONES = ConcurrentHashMap.newKeySet();

	private static final Set<ChromeDriver> STARTED = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTED.forEach(Browser::quietlyQuit)));
	}

	private Browser() {
	}

	/**
	 * A missing browser fails instead of skipping with {@code -Dbrowser.required=true} or
	 * in CI, which sets {@code CI=true} (GitHub Actions, GitLab CI and most others do).
	 */
	static boolean required() {
		return Boolean.getBoolean("browser.required") || "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/** A 1280×1000 desktop window, signed out, on a blank page. */
	static ChromeDriver start() {
		var lent = DESKTOPS.poll();
		return (lent != null) ? lent : start(null);
	}

	/**
	 * Gives a browser back for the next test: its cookies (the session) are deleted, the
	 * page is blank, the window has its first size again. A browser that no longer
	 * answers is closed instead.
	 */
	static void release(ChromeDriver driver) {
		if (driver == null) {
			return;
		}
		boolean phone = STARTED_PHONES.contains(driver);
		try {
			var windows = driver.getWindowHandles().iterator();
			var first = windows.next();
			while (windows.hasNext()) {
				driver.switchTo().window(windows.next()).close();
			}
			driver.switchTo().window(first);
			// what htmx and the pages keep in the browser (htmx's history cache), then
			// the session
			driver.executeScript("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}");
			driver.get("about:blank");
			driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
			driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
			if (!phone) {
				driver.manage().window().setSize(new Dimension(1280, 1000));
			}
		}
		catch (RuntimeException ex) {
			quietlyQuit(driver);
			return;
		}
		(phone ? PHONES : DESKTOPS).push(driver);
	}

	private static void quietlyQuit(ChromeDriver driver) {
		STARTED.remove(driver);
		STARTED_PHONES.remove(driver);
		try {
			driver.quit();
		}
		catch (RuntimeException ex) {
			// already gone
		}
	}

	/**
	 * A phone: a 390×844 viewport with touch, as Chrome's device emulation gives it
	 * (mobileEmulation), for the reporter's journey on the screen most of them use.
	 */
	static ChromeDriver startPhone() {
		var lent = PHONES.poll();
		if (lent != null) {
			return lent;
		}
		var phone = start(Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true),
				"userAgent",
				"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36"));
		STARTED_PHONES.add(phone);
		return phone;
	}

	private static ChromeDriver start(Map<String, Object> mobileEmulation) {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		String missing = "Chromium and chromedriver are not installed; run .ci/run or apt-get install chromium chromium-driver";
		if (required() && !installed) {
			throw new IllegalStateException(missing);
		}
		Assumptions.assumeTrue(installed, missing);
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--lang=zh-CN",
				"--window-size=1280,1000");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
		if (mobileEmulation != null) {
			options.setExperimentalOption("mobileEmulation", mobileEmulation);
		}
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
		var driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		STARTED.add(driver);
		return driver;
	}

	/**
	 * Fills the sign-in form of the page open in {@code driver} with a demo account (its
	 * password is "demo") and sends it; the caller waits for the page it expects.
	 */
	static void signIn(ChromeDriver driver, String username) {
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys("demo");
		driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
	}

	/**
	 * Whether nothing on the page matches {@code by}, asked without the implicit wait
	 * (which would wait its five seconds for what is rightly not there).
	 */
	static boolean absent(ChromeDriver driver, By by) {
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		try {
			return driver.findElements(by).isEmpty();
		}
		finally {
			driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		}
	}

}
