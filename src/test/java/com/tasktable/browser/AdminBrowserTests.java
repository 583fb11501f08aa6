package com.tasktable.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator changes the region's press conferences from every two months to every
 * quarter from 1 July 2019, in a real browser, and sees both versions in the history.
 */
@BrowserTest
class AdminBrowserTests {

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
	void theAdministratorChangesAFrequencyFromADateAndSeesTheHistory() {
		open("/login?lang=zh-CN");
		Browser.signIn(this.browser, "admin");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.linkText("活动管理")));

		this.browser.findElement(By.linkText("活动管理")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("admin-campaigns")));
		this.browser.findElement(By.linkText("广西打好污染防治攻坚战宣传工作（2018—2020年）")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("admin-task-table")));
		this.browser.findElement(By.cssSelector("#obligation-1\\.R\\.1 td.code a")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("history")));
		assertThat(this.browser.findElements(By.cssSelector("#history tbody tr"))).hasSize(1);

		this.browser.findElement(By.id("edit-obligation")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("obligation-form")));
		var appliesFrom = this.browser.findElement(By.id("appliesFrom"));
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = '2019-07-01'", appliesFrom);
		new Select(this.browser.findElement(By.id("frequency"))).selectByVisibleText("每季度");
		assertThat(this.browser.findElement(By.cssSelector("fieldset[data-kinds='COUNT_PER_YEAR']")).isDisplayed())
			.as("admin.js hides the fields the kind does not use")
			.isFalse();
		// The browser's own submit, as the Save button does (a headless window may cover
		// it).
		((JavascriptExecutor) this.browser).executeScript("arguments[0].requestSubmit()",
				this.browser.findElement(By.id("obligation-form")));

		// the campaign has ended: the change is shown with its impact and needs a reason
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("history-confirm")));
		assertThat(this.browser.findElement(By.id("history-summary")).getText()).contains("改变判定的单元格");
		this.browser.findElement(By.id("confirmReason")).sendKeys("按新的发布会安排更正");
		((JavascriptExecutor) this.browser).executeScript("arguments[0].requestSubmit()",
				this.browser.findElement(By.id("history-confirm")));

		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(this.browser.findElement(By.cssSelector(".alert-success")).getText()).contains("已保存新版本");
		var history = this.browser.findElements(By.cssSelector("#history tbody tr"));
		assertThat(history).hasSize(2);
		assertThat(history.get(0).getText()).startsWith("2018-01-01 2019-06-30").contains("每两个月");
		assertThat(history.get(1).getText()).startsWith("2019-07-01 —").contains("每季度");
	}

	private void waitFor(ExpectedCondition<?> condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(condition);
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
