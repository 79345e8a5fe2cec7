// Vaadin's production mode without vaadin-maven-plugin. That plugin runs inside Maven's own JVM and needs Java 21,
// while Maven may run on 17 and find the JDK for the app by toolchains. For an app of Vaadin's own components only
// (no @JsModule, @NpmPackage, @CssImport, no frontend folder: ArchitectureTest holds it to that), its build-frontend
// goal does no more than this, as checked against its output for 25.2.5: it copies Vaadin's pre-built production
// bundle (com.vaadin:vaadin-prod-bundle) into META-INF/VAADIN, marks it "pre-compiled" in stats.json (Vaadin then
// runs in its PRODUCTION_PRECOMPILED_BUNDLE mode, which adds the app's stylesheet links itself), and writes the token
// file flow-build-info.json that switches Vaadin to production mode, with the bundle's own settings and the app's
// identifier ("app-" and the SHA-256 of groupId:artifactId).
// With vaadin.production=false (-Pdev) it removes all of that, so Vaadin runs in development mode again.
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

import java.security.MessageDigest

def vaadin = new File(project.build.outputDirectory, 'META-INF/VAADIN')
vaadin.deleteDir()
if (project.properties['vaadin.production'] != 'true') {
    log.info('Vaadin development mode: no production bundle in ' + vaadin)
    return
}

def prefix = 'vaadin-prod-bundle/'
def bundle = ((JarURLConnection) this.class.classLoader.getResource(prefix + 'config/stats.json').openConnection()).jarFile
bundle.withCloseable { jar ->
    jar.entries().findAll { !it.directory && it.name.startsWith(prefix) }.each { entry ->
        def file = new File(vaadin, entry.name.substring(prefix.length()))
        file.parentFile.mkdirs()
        jar.getInputStream(entry).withCloseable { file.bytes = it.bytes }
    }
}

def stats = new File(vaadin, 'config/stats.json')
stats.text = JsonOutput.toJson(new JsonSlurper().parse(stats) + ['pre-compiled': true])

def token = new File(vaadin, 'config/flow-build-info.json')
def settings = new JsonSlurper().parse(token)
assert settings.productionMode == true: "the pre-built bundle's own token is no longer a production one: $settings"
def id = MessageDigest.getInstance('SHA-256').digest("${project.groupId}:${project.artifactId}".getBytes('UTF-8'))
token.text = JsonOutput.prettyPrint(JsonOutput.toJson(settings + [applicationIdentifier: 'app-' + id.encodeHex()]))
log.info("Vaadin production mode: Vaadin's pre-built production bundle in " + vaadin)
