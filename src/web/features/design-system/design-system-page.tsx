/** The design system on one page, so every primitive can be seen (and screenshotted) together. */
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, dataColors } from '../../ui/chart-frame';
import { Button, SelectField, TextField } from '../../ui/controls';
import { DataTable } from '../../ui/data-table';
import { PageHeader } from '../../ui/layout';
import { EmptyState, ErrorState, Loading } from '../../ui/states';

// Sample values, labelled as such on the page: this page shows components, not coalition data.
const sample = [
  { label: 'Group A', value: 42 },
  { label: 'Group B', value: 35 },
  { label: 'Group C', value: 18 },
];

export default function DesignSystemPage() {
  return (
    <>
      <PageHeader
        title="Design system"
        lead="The building blocks every Mosaic screen uses. Values on this page are samples."
      />
      <div className="stack">
        <section className="card">
          <h2>Buttons</h2>
          <div className="row">
            <Button>Primary action</Button>
            <Button variant="secondary">Secondary</Button>
            <Button variant="danger">Undo import</Button>
            <Button disabled>Disabled</Button>
          </div>
        </section>
        <section className="card">
          <h2>Form controls</h2>
          <div className="grid">
            <div>
              <TextField
                label="Partner name"
                hint="As it should appear in reports"
                defaultValue="Hope Jobs"
              />
              <TextField
                label="Participants this quarter"
                type="number"
                defaultValue="-4"
                error="Enter a number of 0 or more"
              />
            </div>
            <SelectField
              label="Reporting period"
              options={[
                { value: 'q1', label: 'Quarter 1' },
                { value: 'q2', label: 'Quarter 2' },
              ]}
            />
          </div>
        </section>
        <ChartFrame
          title="Chart frame (sample values)"
          subtitle="A chart with its table one click away"
          chart={
            <ResponsiveContainer width="100%" height={240}>
              <BarChart data={sample} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="label" />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Bar dataKey="value" name="Sample value" fill={dataColors[0]} />
              </BarChart>
            </ResponsiveContainer>
          }
          table={
            <DataTable
              caption="Sample values"
              rows={sample}
              rowKey={(r) => r.label}
              columns={[
                { key: 'label', header: 'Group', render: (r) => r.label },
                { key: 'value', header: 'Value', numeric: true, render: (r) => r.value },
              ]}
            />
          }
          footnote="Footnotes carry the definition, n and any suppression."
        />
        <section className="card">
          <h2>Data palette</h2>
          <div className="row">
            {dataColors.map((color) => (
              <span
                key={color}
                title={color}
                style={{
                  width: 36,
                  height: 24,
                  borderRadius: 4,
                  background: color,
                  display: 'inline-block',
                }}
              />
            ))}
          </div>
        </section>
        <div className="grid">
          <section className="card">
            <h2>Loading</h2>
            <Loading label="Loading sample" />
          </section>
          <section className="card">
            <EmptyState title="Nothing here yet">No imports for this partner.</EmptyState>
          </section>
          <section className="card">
            <ErrorState error={new Error('The server could not be reached.')} />
          </section>
        </div>
      </div>
    </>
  );
}
