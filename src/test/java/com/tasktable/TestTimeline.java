package com.tasktable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes {@code target/test-timeline.tsv}: each test class's start and end (seconds since
 * the run began) and its thread, to see what the two lanes spend their time on
 * (docs/testing.md, "Keeping the run under five minutes"). Registered in
 * {@code META-INF/services}; it changes nothing in the run.
 */
public class TestTimeline implements TestExecutionListener {

	private final long origin = System.nanoTime();

	private final Map<String, Long> starts = new ConcurrentHashMap<>();

	private final List<String> lines = new CopyOnWriteArrayList<>();

	@Override
	public void executionStarted(TestIdentifier test) {
		if (isClass(test)) {
			this.starts.put(test.getUniqueId(), System.nanoTime());
		}
	}

	@Override
	public void executionFinished(TestIdentifier test, TestExecutionResult result) {
		var start = this.starts.remove(test.getUniqueId());
		if (start != null) {
			this.lines.add("%.1f\t%.1f\t%.1f\t%s\t%s".formatted(seconds(start), seconds(System.nanoTime()),
					(System.nanoTime() - start) / 1e9, Thread.currentThread().getName(),
					((ClassSource) test.getSource().orElseThrow()).getClassName()));
		}
	}

	@Override
	public void testPlanExecutionFinished(TestPlan plan) {
		var target = Path.of("target");
		if (!Files.isDirectory(target)) {
			return;
		}
		var sorted = this.lines.stream().sorted((a, b) -> Double.compare(first(a), first(b))).toList();
		try {
			Files.write(target.resolve("test-timeline.tsv"), sorted);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private double seconds(long nanos) {
		return (nanos - this.origin) / 1e9;
	}

	private static double first(String line) {
		return Double.parseDouble(line.substring(0, line.indexOf('\t')));
	}

	private static boolean isClass(TestIdentifier test) {
		return test.isContainer() && test.getSource().filter(ClassSource.class::isInstance).isPresent();
	}

}
