package com.tasktable.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matrix in a real browser at 1440 px: it scrolls inside its own box with the unit
 * column frozen (the page never widens), a header sorts from the keyboard, and a cell
 * opens its cell page.
 */
@BrowserTest
class MatrixBrowserTests {

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.start();
	}

	@AfterEach
	void closeBrowser() {
		Browser.release(this.browser);
	}

	@Test
	void theMatrixScrollsInItsOwnBoxSortsFromTheKeyboardAndOpensACell() {
		this.browser.manage().window().setSize(new Dimension(1440, 900));
		open("/login?lang=zh-CN");
		Browser.signIn(this.browser, "reviewer");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("account-menu")));
		open("/dashboard?campaign=guangxi-2018-2020&year=2019&quarter=2");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("matrix-CITY")));

		var js = (JavascriptExecutor) this.browser;
		Object wider = js.executeScript(
				"""
						const w = document.documentElement.clientWidth;
						if (document.documentElement.scrollWidth <= w) { return ''; }
						return [...document.querySelectorAll('body *')]
							.filter(e => e.getBoundingClientRect().right > w + 1)
							.slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
							.join('; ') + ' > ' + w;""");
		assertThat(wider).as("the page never widens").isEqualTo("");
		var box = "document.getElementById('matrix-CITY').closest('.matrix-scroll')";
		assertThat((Boolean) js.executeScript("const b = " + box + "; return b.scrollWidth > b.clientWidth"))
			.as("the matrix scrolls inside its box")
			.isTrue();
		// scrolled to its last column, the unit column stays at the box's left edge
		Object left = js.executeScript("""
				const b = %s; b.scrollLeft = b.scrollWidth;
				const unit = document.querySelector('#matrix-CITY tbody th.matrix-unit');
				return Math.round(unit.getBoundingClientRect().left - b.getBoundingClientRect().left);"""
			.formatted(box));
		assertThat(((Number) left).intValue()).isBetween(-1, 2);

		var percent = this.browser.findElement(By.cssSelector("#matrix-CITY th.matrix-percent a"));
		percent.sendKeys(Keys.ENTER);
		waitFor(ExpectedConditions.attributeToBe(By.cssSelector("#matrix-CITY th.matrix-percent"), "aria-sort",
				"ascending"));
		assertThat(this.browser.getCurrentUrl()).contains("sort=percent");

		var cell = this.browser.findElement(By.cssSelector("#matrix-CITY a.matrix-link"));
		js.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", cell);
		cell.click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("cell-periods")));
		assertThat(this.browser.findElement(By.id("cell-heading")).getText()).matches("(?s).+ · .+ \\d+\\.C\\.\\d+");
	}

	private void waitFor(ExpectedCondition<?> condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(condition);
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
