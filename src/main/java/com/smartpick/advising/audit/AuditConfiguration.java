package com.smartpick.advising.audit;

import com.smartpick.advising.audit.ui.AuditWork;
import com.smartpick.advising.base.Feature;
import com.smartpick.advising.base.ui.ViewPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The audit trail, always written: the beans of this package but {@link AuditService}, which reads the trail and
 * comes with its views and the admins' worklist line only while {@code advising.features.audit.enabled} is on ({@link Reading}).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = {AuditService.class, AuditWork.class}))
public class AuditConfiguration {

    /** Reading the trail: the admins' search and export, the students' record of disclosures. */
    @Configuration(proxyBeanMethods = false)
    @Feature.Audit
    @Import({AuditService.class, AuditWork.class})
    public static class Reading implements ViewPackage {
    }
}
