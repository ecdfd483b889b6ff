// Load an OmegaT project the way OmegaT's console mode does, then read every
// TBX file in its glossary folder with OmegaT's own TBX reader, and write what
// it read as UTF-8 lines "source<TAB>target" to the file named by args[1].
// Run with OmegaT.jar alone on the class path: its manifest brings Groovy.
import org.omegat.core.Core
import org.omegat.core.data.RealProject
import org.omegat.gui.glossary.GlossaryReaderTBX
import org.omegat.util.ProjectFileStorage

def properties = ProjectFileStorage.loadProjectProperties(new File(args[0]))
Core.initializeConsole([:])
def project = new RealProject(properties)
project.loadProject(true)
// The reader asks the current project for its source and target languages.
Core.setProject(project)
def tbxFiles = new File(properties.glossaryRoot).listFiles().findAll { it.name.endsWith('.tbx') }
new File(args[1]).withWriter('UTF-8') { out ->
    tbxFiles.each { file ->
        GlossaryReaderTBX.read(file, false).each { out.write("${it.srcText}\t${it.locText}\n") }
    }
}
project.closeProject()
