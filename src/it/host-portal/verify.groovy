// The plugin's one dependency brings the library only: no launcher, no embedded PostgreSQL, no OAuth2 client.
def runtime = new File(basedir, 'target/runtime-dependencies.txt').text
assert runtime.contains('com.smartpick:smartpick-advising:jar:')
['smartpick-advising:jar:standalone', 'io.zonky.test', 'spring-security-oauth2-client'].each {
    assert !runtime.contains(it): "the portal's runtime classpath has $it:\n$runtime"
}
def library = new java.util.zip.ZipFile(new File(localRepositoryPath, 'com/smartpick/smartpick-advising/'
        + "${projectVersion}/smartpick-advising-${projectVersion}.jar"))
library.withCloseable { jar ->
    def names = jar.entries().collect { it.name }
    ['com/smartpick/advising/standalone/', 'META-INF/VAADIN/', 'BOOT-INF/', 'advising-standalone.properties'].each { part ->
        assert !names.any { it.startsWith(part) }: "the library jar holds $part"
    }
}
true
