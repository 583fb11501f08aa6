package com.tasktable.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main screens as README.md shows them, taken from the demo in a real browser: the
 * reporter's home and log form on a 390 px phone, the reviewer's matrix, queue, bulletin
 * and trends on a 1280 px screen, and the matrix in English. The pictures go to
 * {@code screenshots.dir} ({@code target/screenshots} unless set); README's copies in
 * {@code docs/screenshots} are refreshed with
 * {@code ./mvnw test -Dtest=MainScreensBrowserTests -Dscreenshots.dir=docs/screenshots}.
 */
@BrowserTest
class MainScreensBrowserTests {

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@AfterEach
	void closeBrowser() {
		Browser.release(this.browser);
	}

	@Test
	void theReporterOnAPhone() throws IOException {
		this.browser = Browser.startPhone();
		signIn("nanning", "zh-CN", "due-cards");
		take("reporter-home-phone", 390);
		this.browser.findElement(By.cssSelector("#due-cards a.log-button")).click();
		waitFor(By.id("period-preview"));
		take("reporter-log-phone", 390);
	}

	@Test
	void theReviewerOnAScreen() throws IOException {
		this.browser = Browser.start();
		this.browser.manage().window().setSize(new Dimension(1280, 860));
		signIn("reviewer", "zh-CN", "reviewer-section");
		open("/dashboard");
		waitFor(By.id("matrix-CITY"));
		take("dashboard-matrix", 1280);
		open("/review");
		waitFor(By.tagName("h1"));
		take("review-queue", 1280);
		// a whole year of the finished campaign: the spread of a year (a month just over
		// is
		// still in its grace days, where the units tie)
		open("/bulletin?campaign=guangxi-2018-2020&year=2019");
		waitFor(By.tagName("h1"));
		take("bulletin", 1280);
		open("/dashboard/trends");
		waitFor(By.tagName("h1"));
		take("trends", 1280);
		this.browser.manage().deleteAllCookies();
		signIn("reviewer", "en", "reviewer-section");
		open("/dashboard");
		waitFor(By.id("matrix-CITY"));
		take("dashboard-matrix-en", 1280);
	}

	private void signIn(String username, String language, String landmark) {
		open("/login?lang=" + language);
		Browser.signIn(this.browser, username);
		waitFor(By.id(landmark));
	}

	/**
	 * Saves what the window shows as {@code name.png} and checks that it is a picture of
	 * the window's width (the device pixel ratio aside) with more than one colour.
	 */
	private void take(String name, int width) throws IOException {
		var png = this.browser.getScreenshotAs(OutputType.BYTES);
		var image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image).as(name).isNotNull();
		assertThat(image.getWidth() % width).as("%s is %d px wide", name, image.getWidth()).isZero();
		assertThat(image.getRGB(0, 0) != image.getRGB(image.getWidth() / 2, image.getHeight() / 2)
				|| image.getRGB(0, 0) != image.getRGB(image.getWidth() - 1, image.getHeight() - 1))
			.as("%s shows something", name)
			.isTrue();
		var directory = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
		Files.createDirectories(directory);
		Files.write(directory.resolve(name + ".png"), png);
	}

	private void waitFor(By by) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
