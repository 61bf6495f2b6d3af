package org.servicechain.shared;

import java.util.List;
import java.util.UUID;

import org.aopalliance.intercept.MethodInterceptor;

import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the version check at commit into the same answer as the early one (REQ-7). A
 * facade compares the caller's version with the stored one first
 * ({@link AuditTrail#checkVersion}); two saves that both pass that check race to the
 * database, and the loser's update fails there with an
 * {@link OptimisticLockingFailureException}. Around every {@code @Service} method,
 * outside its transaction, that failure becomes a {@link StaleVersionException} for the
 * record last checked, with the changes saved since the caller's version, so forms show
 * the inline conflict message and the API its 409 with what changed, instead of an error
 * page.
 */
@Configuration(proxyBeanMethods = false)
class StaleVersionTranslation {

	private static final ThreadLocal<Check> LAST_CHECK = new ThreadLocal<>();

	private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

	static void checked(String entityType, UUID id, long expectedVersion) {
		LAST_CHECK.set(new Check(entityType, id, expectedVersion));
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static DefaultPointcutAdvisor staleVersionAdvisor(ObjectProvider<AuditTrail> audit,
			ObjectProvider<PlatformTransactionManager> transactions) {
		MethodInterceptor interceptor = (invocation) -> {
			int[] depth = DEPTH.get();
			depth[0]++;
			try {
				return invocation.proceed();
			}
			catch (OptimisticLockingFailureException raced) {
				Check check = LAST_CHECK.get();
				if (check == null) {
					throw raced;
				}
				throw stale(check, audit.getObject(), transactions.getObject());
			}
			finally {
				if (--depth[0] == 0) {
					LAST_CHECK.remove();
					DEPTH.remove();
				}
			}
		};
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(Service.class, true),
				interceptor);
		// Outside the transaction interceptor, so failures at commit are seen too.
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return advisor;
	}

	private static StaleVersionException stale(Check check, AuditTrail audit, PlatformTransactionManager manager) {
		TransactionTemplate read = new TransactionTemplate(manager);
		read.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		read.setReadOnly(true);
		List<AuditEntryView> changes = read.execute((status) -> audit.changesSince(check.id(), check.version()));
		long current = (changes == null || changes.isEmpty()) ? check.version() + 1
				: changes.get(changes.size() - 1).entityVersion();
		return new StaleVersionException(check.entityType(), check.version(), current,
				changes != null ? changes : List.of());
	}

	private record Check(String entityType, UUID id, long version) {

	}

}
