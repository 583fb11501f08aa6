package com.tasktable;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Replaces the application's {@code clock} bean (platform's {@code ClockConfiguration})
 * in every test context with {@link TestClock#configured()} when a run sets
 * {@code -Dtasktable.test.now}. Registered in {@code META-INF/spring.factories}; a run
 * without the property adds nothing, so context caching is as before.
 */
class TestClockContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return TestClock.start().isPresent() ? new ReplaceClock() : null;
	}

	/** Equal to every other, so the contexts it customizes are cached as usual. */
	private static final class ReplaceClock implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			// A plain BeanFactoryPostProcessor runs after the configuration classes are
			// read,
			// so the application's definition is there to replace.
			context.addBeanFactoryPostProcessor((BeanFactoryPostProcessor) (beanFactory) -> {
				if (beanFactory instanceof BeanDefinitionRegistry registry
						&& registry.containsBeanDefinition("clock")) {
					var clock = TestClock.configured().orElseThrow();
					registry.removeBeanDefinition("clock");
					registry.registerBeanDefinition("clock", new RootBeanDefinition(Clock.class, () -> clock));
				}
			});
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof ReplaceClock;
		}

		@Override
		public int hashCode() {
			return ReplaceClock.class.hashCode();
		}

	}

}
