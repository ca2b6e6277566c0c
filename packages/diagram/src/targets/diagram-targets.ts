import { safeFileName, type OutputFile, type ProvinceBuild, type Target } from '@tthc/compiler';
import { procedureMermaid } from '../mermaid/procedure-mermaid.js';
import { procedureSvg } from '../svg/procedure-svg.js';

/** `diagrams/<code>.svg`: the workflow diagram of every procedure (docs/diagram.md). */
export const svgTarget: Target = {
    name: 'svg',
    description: 'workflow diagrams as SVG images (diagrams/<code>.svg)',
    async compile(build: ProvinceBuild): Promise<OutputFile[]> {
        const files: OutputFile[] = [];
        // One at a time, in the build's order: the layout engine is single-threaded anyway.
        for (const procedure of build.procedures) {
            files.push({ path: `diagrams/${safeFileName(procedure.code)}.svg`, content: `${await procedureSvg(procedure)}\n` });
        }
        return files;
    }
};

/**
 * `diagrams/<code>.mmd` (the Mermaid flowchart) and `diagrams/<code>.md` (the same inside a `mermaid` code
 * block, ready to paste into a pull request or a wiki page).
 */
export const mermaidTarget: Target = {
    name: 'mermaid',
    description: 'workflow diagrams as Mermaid flowcharts for Markdown (diagrams/<code>.mmd and .md)',
    compile(build: ProvinceBuild): OutputFile[] {
        return build.procedures.flatMap(procedure => {
            const name = safeFileName(procedure.code);
            const flowchart = procedureMermaid(procedure);
            return [
                { path: `diagrams/${name}.mmd`, content: flowchart },
                { path: `diagrams/${name}.md`, content: `# ${procedure.code}\n\n\`\`\`mermaid\n${flowchart}\`\`\`\n` }
            ];
        });
    }
};
